namespace Supervision.Tests.Domain.Figures;

/// <summary>Figure 5 of a group of completed cases, as the 办理时效 page groups them by item or department.</summary>
public sealed class ProcessingFiguresTests
{
    private static readonly Period Week42 = Period.Week(2020, 42);   // 10-12 … 10-18

    private static CaseRecord Completed(string id, string item, int promised, double used, DateOnly day) => new()
    {
        Town = "370323001", CaseId = id, ItemCode = item, PromisedDays = promised, IsInstant = promised == 0,
        ProcessingWorkingDays = used, CompletedAt = WorkingCalendar(day), CompletedDay = day,
        // 提速率 reads the promise clock's used days; here they equal the processing time, to keep the arithmetic short.
        PromiseClockUsedDays = promised == 0 ? null : used,
    };

    private static DateTimeOffset WorkingCalendar(DateOnly day) => Supervision.Domain.Calendar.WorkingCalendar.AtLocal(day, new TimeOnly(16, 0));

    private static readonly CaseRecord[] Cases =
    [
        Completed("A", "X", 5, 3.95, new(2020, 10, 12)),
        Completed("B", "X", 5, 6.95, new(2020, 10, 13)),
        Completed("C", "Y", 0, 0.05, new(2020, 10, 12)),
        Completed("D", "X", 5, 9.00, new(2020, 10, 19)),   // the next week: not counted
    ];

    [Fact]
    public void A_groups_mean_median_p90_and_speed_up_are_worked_from_its_own_cases()
    {
        var figures = ProcessingFigures.Of(Cases, Week42, new FigureCalculator());

        Assert.Equal(3, figures.Completed);
        Assert.Equal(3.65m, figures.MeanDays);          // (3.95 + 6.95 + 0.05) ÷ 3
        Assert.Equal(4.0m, figures.MedianDays);         // the middle case's 0.1-day bin, upper edge
        Assert.Equal(7.0m, figures.P90Days);
        Assert.Equal("-9.0%", figures.SpeedUpRate.ToString());   // (10 − 10.9) ÷ 10, the instant case left out
        Assert.Equal(1.09m, figures.UsedOverPromised);
    }

    [Fact]
    public void An_instant_item_has_a_processing_time_but_no_speed_up_rate()
    {
        var figures = ProcessingFigures.Of(Cases.Where(c => c.ItemCode == "Y"), Week42, new FigureCalculator());

        Assert.Equal(0.05m, figures.MeanDays);
        Assert.Equal("—", figures.SpeedUpRate.ToString());
        Assert.Null(figures.UsedOverPromised);
    }
}
