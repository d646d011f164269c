using Supervision.Domain.Events;
using Supervision.Web.Components.Pages.Complaints;

namespace Supervision.Tests.Web.Components.Pages.Complaints;

public sealed class ComplaintsPageTests : ListsWorld
{
    [Fact]
    public void Cards_show_counts_rates_and_per_thousand_with_dashes_for_empty_denominators()
    {
        Queries.UseFigures(f => f with
        {
            ComplaintsFiled = 3,
            ComplaintsPerThousandAccepted = Ratio.Of(3, 1200),
            ComplaintRespondedOnTimeRate = Ratio.Of(2, 3),
            ComplaintResolvedOnTimeRate = Ratio.Empty,
            ComplaintsSubstantiated = 1,
        });

        var cut = RenderPage<ComplaintsPage>();

        WaitFor(cut, () => Assert.Equal(["3", "2.50", "66.7%", "—", "1"], cut.FindAll(".kpi-value").Select(v => v.TextContent.Trim())));
    }

    [Fact]
    public async Task Complaints_are_placed_in_their_lifecycle_column()
    {
        await SeedAsync(db =>
        {
            db.Set<ComplaintRecord>().Add(Complaint(Nanma, "K-waiting", Local(10, 15, 9), ComplaintCategory.Attitude));
            var responded = Complaint(Nanma, "K-responded", Local(10, 13, 9), ComplaintCategory.Overtime);
            responded.RespondedAt = Local(10, 13, 15);
            db.Set<ComplaintRecord>().Add(responded);
            db.Set<ComplaintRecord>().Add(Complaint(Nanma, "K-late", Local(10, 12, 9), ComplaintCategory.MultipleTrips));
            var resolved = Complaint(Nanma, "K-resolved", Local(10, 5, 9), ComplaintCategory.MultipleTrips);
            resolved.RespondedAt = Local(10, 5, 10);
            resolved.ResolvedAt = Local(10, 9, 10);
            resolved.Substantiated = true;
            db.Set<ComplaintRecord>().Add(resolved);
            var followed = Complaint(Nanma, "K-followed", Local(9, 20, 9), ComplaintCategory.Other);
            followed.RespondedAt = Local(9, 20, 10);
            followed.ResolvedAt = Local(9, 22, 10);
            followed.FollowedUpAt = Local(10, 10, 10);
            db.Set<ComplaintRecord>().Add(followed);
        });

        var cut = RenderPage<ComplaintsPage>();

        WaitFor(cut, () => Assert.Equal(
            new Dictionary<string, int> { ["待响应"] = 1, ["待办结"] = 1, ["已逾期"] = 1, ["已办结"] = 1, ["已回访"] = 0 },
            cut.FindAll(".board-column").ToDictionary(c => c.QuerySelector(".board-title")!.TextContent.Trim(), c => int.Parse(c.QuerySelector(".board-count")!.TextContent.Trim()))));
        Assert.Equal("跑多次 2 件，推诿扯皮 0 件，态度 1 件，超时 1 件，材料要求不清 0 件，其他 0 件", cut.Find(".category-counts").TextContent.Trim());
    }

    [Fact]
    public void An_open_complaint_past_its_resolution_due_time_is_overdue()
    {
        var complaint = Complaint(Nanma, "K", Local(10, 1, 9), ComplaintCategory.Attitude);
        complaint.RespondedAt = Local(10, 1, 10);

        Assert.Equal(ComplaintStage.Overdue, ComplaintStages.StageAt(complaint, Local(10, 8, 10)));
        Assert.Equal(ComplaintStage.AwaitingResolution, ComplaintStages.StageAt(complaint, Local(10, 8, 8)));
    }

    [Fact]
    public async Task Board_cards_show_the_due_time_that_matters_now_and_link_the_case()
    {
        var complaint = Complaint(Nanma, "K-1", Local(10, 15, 9), ComplaintCategory.Attitude);
        complaint.CaseId = "C-3";
        await SeedAsync(db => db.Set<ComplaintRecord>().Add(complaint));

        var cut = RenderPage<ComplaintsPage>();

        WaitFor(cut, () => Assert.Equal("响应期限 2020年10月16日 09:00", cut.Find(".complaint-due").TextContent.Trim()));
        Assert.Equal("/cases/370323001/C-3", cut.Find(".complaint-card a").GetAttribute("href"));
        Assert.Contains("12345热线", cut.Find(".complaint-card").TextContent);
    }

    [Fact]
    public async Task A_commit_for_the_shown_hall_puts_its_new_complaint_on_the_board()
    {
        var cut = await RenderForTownAsync<ComplaintsPage>(Nanma);
        WaitFor(cut, () => Assert.Empty(cut.FindAll(".complaint-card")));

        await SeedAsync(db => db.Set<ComplaintRecord>().Add(Complaint(Nanma, "K-new", Local(10, 15, 9), ComplaintCategory.Attitude)));
        await CommitAsync(Nanma);

        WaitFor(cut, () => Assert.Contains("K-new", cut.Find(".complaint-card").TextContent));
    }

    [Fact]
    public Task A_commit_for_another_hall_does_not_read_the_complaints_again() => AssertAnotherTownsCommitReadsNoFiguresAsync<ComplaintsPage>();

    [Fact]
    public Task A_refresh_keeps_the_chosen_hall_and_period() => AssertRefreshKeepsHallAndPeriodAsync<ComplaintsPage>();

    [Fact]
    public Task A_response_target_saved_in_the_settings_applies_at_the_next_read()
    {
        Queries.UseFigures(f => f with { ComplaintRespondedOnTimeRate = Ratio.Of(19, 20) });
        return AssertSavedTargetAppliesAtTheNextReadAsync<ComplaintsPage>("投诉按时响应率", "目标 ≥ 100.0%，未达标", "Figures:Targets:ComplaintRespondMin", 0.9m, "目标 ≥ 90.0%");
    }

    [Fact]
    public Task The_complaints_page_stops_following_the_live_layer_when_disposed() => AssertUnsubscribesWhenDisposedAsync<ComplaintsPage>(null);

    [Fact]
    public void Last_week_is_picked_with_one_click_and_kept_in_the_address() => AssertLastWeekIsPickedIntoTheAddress<ComplaintsPage>("/complaints", readsFigures: true);

    [Fact]
    public void The_period_in_the_address_selects_its_shortcut() => AssertThePeriodInTheAddressSelectsItsShortcut<ComplaintsPage>("/complaints");

    [Fact]
    public void Custom_dates_can_be_typed() => AssertCustomDatesCanBeTyped<ComplaintsPage>("/complaints", readsFigures: true);
}
