using Supervision.Tests.Web.Components;

namespace Supervision.Tests.Web.Components.Shared;

public sealed class PeriodPickerTests : MudComponentTest
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2020, 10, 9, 10, 0, 0, TimeSpan.FromHours(8)));
    private Period? _reported;

    public PeriodPickerTests() => Context.Services.AddSingleton<TimeProvider>(_time);

    private IRenderedComponent<PeriodPicker> RenderPicker(Period? value = null) =>
        Context.Render<PeriodPicker>(p => p
            .Add(c => c.Value, value)
            .Add(c => c.ValueChanged, (Period period) => _reported = period));

    [Fact]
    public void Choices_are_labelled_in_chinese()
    {
        var cut = RenderPicker();

        Assert.Equal(["今天", "本周", "上周", "本月", "上月", "自定义"], cut.FindAll(".period-choice").Select(e => e.TextContent.Trim()));
    }

    [Fact]
    public void Last_week_is_the_iso_week_before_the_one_holding_today()
    {
        var cut = RenderPicker();

        cut.Find(".period-lastweek").Click();

        Assert.Equal("2020-W40", _reported?.ToString());
        Assert.Equal((new DateOnly(2020, 9, 28), new DateOnly(2020, 10, 4)), (_reported!.Start, _reported.End));
    }

    [Fact]
    public void Last_week_on_new_years_day_2021_is_week_52_of_2020()
    {
        _time.SetUtcNow(new DateTimeOffset(2021, 1, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        var cut = RenderPicker();

        cut.Find(".period-lastweek").Click();

        Assert.Equal("2020-W52", _reported?.ToString());
    }

    [Fact]
    public void Last_month_in_january_is_december_of_the_year_before()
    {
        _time.SetUtcNow(new DateTimeOffset(2021, 1, 15, 9, 0, 0, TimeSpan.FromHours(8)));
        var cut = RenderPicker();

        cut.Find(".period-lastmonth").Click();

        Assert.Equal("2020-12", _reported?.ToString());
    }

    [Fact]
    public void A_period_equal_to_last_week_or_last_month_is_recognised_as_that_shortcut()
    {
        Assert.Equal(PeriodChoice.LastWeek, PeriodChoices.Of(Period.Week(2020, 40), _time.GetUtcNow()));
        Assert.Equal(PeriodChoice.LastMonth, PeriodChoices.Of(Period.Month(2020, 9), _time.GetUtcNow()));
    }

    [Fact]
    public void This_week_is_the_iso_week_holding_today()
    {
        var cut = RenderPicker();

        cut.Find(".period-week").Click();

        Assert.Equal("2020-W41", _reported?.ToString());
        Assert.Equal(new DateOnly(2020, 10, 5), _reported!.Start);
        Assert.Equal(new DateOnly(2020, 10, 11), _reported.End);
    }

    [Fact]
    public void This_week_on_new_years_day_2021_is_week_53_of_2020()
    {
        _time.SetUtcNow(new DateTimeOffset(2021, 1, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        var cut = RenderPicker();

        cut.Find(".period-week").Click();

        Assert.Equal("2020-W53", _reported?.ToString());
    }

    [Fact]
    public void This_month_is_the_calendar_month_in_china_time()
    {
        // 2020-10-31T16:30Z is already 1 November in China.
        _time.SetUtcNow(new DateTimeOffset(2020, 10, 31, 16, 30, 0, TimeSpan.Zero));
        var cut = RenderPicker();

        cut.Find(".period-month").Click();

        Assert.Equal("2020-11", _reported?.ToString());
    }

    [Fact]
    public void Today_is_today_so_far()
    {
        var cut = RenderPicker(Period.WeekOf(new DateOnly(2020, 10, 9)));

        cut.Find(".period-today").Click();

        Assert.Equal(PeriodKind.TodaySoFar, _reported?.Kind);
        Assert.Equal(new DateOnly(2020, 10, 9), _reported!.Start);
    }

    [Fact]
    public async Task Custom_range_reports_both_days_included()
    {
        var cut = RenderPicker(Period.WeekOf(new DateOnly(2020, 10, 9)));
        cut.Find(".period-custom").Click();
        var range = cut.FindComponent<MudDateRangePicker>();

        await cut.InvokeAsync(() => range.Instance.DateRangeChanged.InvokeAsync(new DateRange(new DateTime(2020, 10, 1), new DateTime(2020, 10, 31))));

        Assert.Equal("2020-10-01..2020-10-31", _reported?.ToString());
    }

    [Fact]
    public void Selected_period_is_shown_with_its_chinese_label()
    {
        var cut = RenderPicker(Period.WeekOf(new DateOnly(2020, 10, 9)));

        Assert.Equal("2020年第41周（10月5日—10月11日）", cut.Find(".period-label").TextContent);
    }
}
