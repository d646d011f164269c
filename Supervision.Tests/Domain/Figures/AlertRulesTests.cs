using static Supervision.Tests.Domain.Figures.FigureWorld;

namespace Supervision.Tests.Domain.Figures;

public class AlertRulesTests
{
    /// <summary>Codes and times as they are, so these tests read the rules; <c>AlertWordingTests</c> read the names.</summary>
    private static readonly CodeWording Codes = new();

    // C5 (ITEM-5) accepted 10-09 14:00: due 10-10, 10-12, 10-13, 10-14, 10-15 → 10-15 17:30.
    private static CaseRecord OpenCase() => OctoberScenario.Build().Cases.Single(c => c.CaseId == "C5");

    [Fact]
    public void Yellow_card_is_raised_when_an_open_case_enters_its_last_working_day()
    {
        var c5 = OpenCase();

        var alert = Assert.Single(AlertRules.ForCase(c5, c5, HolidayCalendar, Codes, L("2020-10-15 09:00"), lastChecked: L("2020-10-14 17:00")));

        Assert.Equal(AlertKind.CardYellow, alert.Kind);
        Assert.Equal((TownA, "case:370323001:C5", FiveDays), (alert.Town, alert.Subject, alert.Item));
        Assert.Equal(L("2020-10-15 17:30"), alert.Deadline);
        Assert.Equal("黄牌预警：办件 C5（ITEM-5，受理人S1）距办结时限不足 1 个工作日，时限为2020-10-15 17:30。", alert.Message);
    }

    [Fact]
    public void An_instant_case_raises_no_yellow_card_within_its_day_and_a_red_one_after_it()
    {
        // 即办 accepted 10-09 09:00 is due 10-09 17:30: nine hours left is "≤ 1 working day" from the start.
        var instant = new FigureWorld().Accepted(TownA, "J1", Instant, Comprehensive, "S1", "2020-10-09 09:00").Cases.Single();

        Assert.Empty(AlertRules.ForCase(null, instant, HolidayCalendar, Codes, L("2020-10-09 09:05")));
        Assert.Equal(CardColour.None, CaseCards.ColourAt(instant, L("2020-10-09 17:00"), HolidayCalendar));
        var red = Assert.Single(AlertRules.ForCase(instant, instant, HolidayCalendar, Codes, L("2020-10-09 17:31"), lastChecked: L("2020-10-09 17:00")));
        Assert.Equal(AlertKind.CardRed, red.Kind);
    }

    [Fact]
    public void Red_card_is_raised_once_the_deadline_has_passed()
    {
        var c5 = OpenCase();

        var alert = Assert.Single(AlertRules.ForCase(c5, c5, HolidayCalendar, Codes, L("2020-10-16 08:30"), lastChecked: L("2020-10-15 17:00")));

        Assert.Equal(AlertKind.CardRed, alert.Kind);
    }

    [Fact]
    public void A_card_already_shown_at_the_last_look_is_not_raised_again()
    {
        var c5 = OpenCase();

        Assert.Empty(AlertRules.ForCase(c5, c5, HolidayCalendar, Codes, L("2020-10-16 10:00"), lastChecked: L("2020-10-16 08:30")));
    }

    [Fact]
    public void Completing_a_red_case_raises_nothing()
    {
        var before = OpenCase();
        var after = OctoberScenario.Build().Completed(TownA, "C5", "2020-10-16 11:00").Cases.Single(c => c.CaseId == "C5");

        Assert.Empty(AlertRules.ForCase(before, after, HolidayCalendar, Codes, L("2020-10-16 11:00"), lastChecked: L("2020-10-16 10:00")));
    }

    [Fact]
    public void Negative_review_raises_an_alert_when_it_first_arrives()
    {
        var r2 = new FigureWorld().Review(TownA, "R2", "C4", "S1", 2, "2020-10-09 09:10").Reviews.Single();

        var alert = Assert.Single(AlertRules.ForReview(null, r2, Codes, L("2020-10-09 09:11")));

        Assert.Equal(AlertKind.NegativeReview, alert.Kind);
        Assert.Equal("差评：评价 R2（工作人员S1，370323001-01，办件 C4）为 2 级，原因：等候时间过长。", alert.Message);
    }

    [Fact]
    public void Negative_review_not_rectified_by_its_due_time_raises_an_overdue_alert()
    {
        var r2 = new FigureWorld().Review(TownA, "R2", "C4", "S1", 2, "2020-10-09 09:10").Reviews.Single();

        var alert = Assert.Single(AlertRules.ForReview(r2, r2, Codes, L("2020-10-30 08:30"), lastChecked: L("2020-10-29 17:00")));

        Assert.Equal(AlertKind.NegativeReviewOverdue, alert.Kind);
        Assert.Equal(L("2020-10-29 17:30"), alert.Deadline);
    }

    [Fact]
    public void Filing_a_complaint_raises_an_alert_naming_the_response_deadline()
    {
        var k1 = new FigureWorld().ComplaintFiled(TownA, "K1", "C5", "2020-10-09 10:00").Complaints.Single();

        var alert = Assert.Single(AlertRules.ForComplaint(null, k1, Codes, L("2020-10-09 10:01")));

        Assert.Equal(AlertKind.ComplaintFiled, alert.Kind);
        Assert.Equal("投诉：收到“一次办不好”投诉 K1，涉及办件 C5，应于2020-10-10 17:30前响应。", alert.Message);
    }

    [Fact]
    public void Complaint_without_a_response_by_its_due_time_raises_an_overdue_alert()
    {
        var k1 = new FigureWorld().ComplaintFiled(TownA, "K1", null, "2020-10-09 10:00").Complaints.Single();

        var alert = Assert.Single(AlertRules.ForComplaint(k1, k1, Codes, L("2020-10-12 08:30"), lastChecked: L("2020-10-10 17:00")));

        Assert.Equal(AlertKind.ComplaintOverdue, alert.Kind);
        Assert.StartsWith("投诉响应超期", alert.Message);
    }

    [Fact]
    public void Complaint_resolved_on_the_deadline_day_raises_no_overdue_alert()
    {
        var world = new FigureWorld()
            .ComplaintFiled(TownA, "K1", null, "2020-10-09 10:00")
            .ComplaintResponded(TownA, "K1", "2020-10-10 09:00");
        var before = world.Complaints.Single();
        var after = world.ComplaintResolved(TownA, "K1", "2020-10-15 17:00", substantiated: false).Complaints.Single();

        Assert.Empty(AlertRules.ForComplaint(before, after, Codes, L("2020-10-16 08:30"), lastChecked: L("2020-10-15 16:00")));
    }

    [Fact]
    public void Ticket_waiting_beyond_the_threshold_raises_a_queue_alert_once()
    {
        var ticket = new FigureWorld().Ticket(TownA, "A009", "2020-10-09 09:00").Tickets.Single();
        var threshold = TimeSpan.FromMinutes(30);

        var alert = Assert.Single(AlertRules.ForTicket(ticket, ticket, threshold, HallHours.Default, L("2020-10-09 09:31"), lastChecked: L("2020-10-09 09:29")));
        Assert.Empty(AlertRules.ForTicket(ticket, ticket, threshold, HallHours.Default, L("2020-10-09 09:33"), lastChecked: L("2020-10-09 09:31")));

        Assert.Equal(AlertKind.QueueWaitAboveThreshold, alert.Kind);
        Assert.Equal("等候超时：A009 号已等候 31 分钟，超过 30 分钟仍未叫号。", alert.Message);
    }

    [Fact]
    public void A_ticket_never_called_is_closed_at_hall_closing_time_so_its_wait_stops_there()
    {
        // Issued 10-09 17:00, never called: at 17:45 it has waited 30 minutes (closing 17:30), not 45, and is no longer waiting.
        var ticket = new FigureWorld().Ticket(TownA, "A010", "2020-10-09 17:00").Tickets.Single();
        var threshold = TimeSpan.FromMinutes(20);

        var alert = Assert.Single(AlertRules.ForTicket(null, ticket, threshold, HallHours.Default, L("2020-10-09 17:45")));
        var evening = LiveHallState.From(TownA, [ticket], [], HolidayCalendar, L("2020-10-09 17:45"));
        var afternoon = LiveHallState.From(TownA, [ticket], [], HolidayCalendar, L("2020-10-09 17:10"));

        Assert.Equal("等候超时：A010 号已等候 30 分钟，超过 20 分钟仍未叫号。", alert.Message);
        Assert.Equal((0, null), (evening.WaitingNow, evening.LongestCurrentWaitSeconds));
        Assert.Equal((1, 600L), (afternoon.WaitingNow, afternoon.LongestCurrentWaitSeconds));
    }

    [Fact]
    public void A_ticket_of_an_earlier_day_arriving_late_raises_no_queue_alert()
    {
        // 13 days later the old ticket would have "waited" 18,000+ minutes; its hall closed that evening.
        var ticket = new FigureWorld().Ticket(TownA, "A011", "2020-10-09 09:00").Tickets.Single();

        Assert.Empty(AlertRules.ForTicket(null, ticket, TimeSpan.FromMinutes(30), HallHours.Default, L("2020-10-22 11:38")));
    }
}

/// <summary>Leaves codes as codes and writes moments as <c>yyyy-MM-dd HH:mm</c> (China time).</summary>
internal sealed class CodeWording : IAlertWording
{
    public string Staff(string id) => id;

    public string Item(string code) => code;

    public string Window(string code) => code;

    public string Moment(DateTimeOffset instant, DateTimeOffset now) =>
        instant.ToOffset(WorkingCalendar.ChinaOffset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
