using Supervision.Web.Components.Pages.Reviews;

namespace Supervision.Tests.Web.Components.Pages.Reviews;

public sealed class ReviewsPageTests : ListsWorld
{
    private static ReviewRecord Review(string id, int level, DateTimeOffset submitted) => new()
    {
        Town = Nanma,
        ReviewId = id,
        Level = level,
        IsGood = level >= 3,
        IsNegative = level <= 2,
        Staff = $"{Nanma}-S01",
        SubmittedAt = submitted,
        SubmittedDay = DateOnly.FromDateTime(submitted.DateTime),
        RectifyDue = level <= 2 ? submitted.AddDays(20) : null,
        NeedsRectification = level <= 2,
        Reasons = level <= 2 ? "等候时间长" : null,
    };

    private static Dictionary<string, int> BoardCounts(IRenderedComponent<ReviewsPage> cut) =>
        cut.FindAll(".board-column").ToDictionary(c => c.QuerySelector(".board-title")!.TextContent.Trim(), c => int.Parse(c.QuerySelector(".board-count")!.TextContent.Trim()));

    [Fact]
    public void Cards_show_the_periods_figures_in_zh_cn_format_and_dashes_for_empty_denominators()
    {
        Queries.UseFigures(f => f with
        {
            Reviews = 1234,
            GoodReviewRate = Ratio.Of(1187, 1234),
            NegativeReviews = 47,
            ReviewRate = Ratio.Of(0, 0),
            RectifiedOnTimeRate = Ratio.Of(9, 10),
            FollowUpRate = Ratio.Of(10, 10),
        });

        var cut = RenderPage<ReviewsPage>();

        WaitFor(cut, () => Assert.Equal(
            ["1,234", "96.2%", "47", "—", "90.0%", "100.0%"],
            cut.FindAll(".kpi-value").Select(v => v.TextContent.Trim())));
        Assert.Contains("1,187 / 1,234", cut.Markup);
        Assert.Equal(new[] { "评价数", "好评率", "差评", "评价率", "差评整改率", "回访率" }, cut.FindAll(".kpi-card .figure-label").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public void The_county_is_asked_for_the_current_month_by_default()
    {
        var cut = RenderPage<ReviewsPage>();

        WaitFor(cut, () => Assert.NotEmpty(Queries.FigureCalls));
        Assert.Equal((Scope.County, Period.Month(2020, 10)), Queries.FigureCalls[^1]);
        Assert.Equal("全县", cut.Find(".scope-select input").GetAttribute("value"));
    }

    [Fact]
    public async Task Negative_reviews_are_placed_in_their_rectification_column()
    {
        await SeedAsync(db => db.Set<ReviewRecord>().AddRange(
            Review("R-new", 2, Local(10, 14, 9)),
            Review("R-verified", 1, Local(10, 13, 9)),
            Review("R-good", 5, Local(10, 13, 10))));
        await SeedAsync(db =>
        {
            var verified = db.Set<ReviewRecord>().Single(r => r.ReviewId == "R-verified");
            verified.VerifiedAt = Local(10, 13, 15);
            verified.Valid = true;
            var overdue = Review("R-overdue", 2, Local(9, 1, 9));
            db.Set<ReviewRecord>().Add(overdue);
            var rectified = Review("R-rectified", 2, Local(10, 2, 9));
            rectified.RectifiedAt = Local(10, 9, 9);
            db.Set<ReviewRecord>().Add(rectified);
            var followed = Review("R-followed", 1, Local(10, 3, 9));
            followed.RectifiedAt = Local(10, 9, 9);
            followed.FollowedUpAt = Local(10, 10, 9);
            db.Set<ReviewRecord>().Add(followed);
            var invalid = Review("R-invalid", 1, Local(10, 5, 9));
            invalid.Valid = false;
            db.Set<ReviewRecord>().Add(invalid);
        });

        var cut = RenderPage<ReviewsPage>();

        WaitFor(cut, () => Assert.Equal(
            new Dictionary<string, int> { ["待核实"] = 1, ["待整改"] = 1, ["已逾期"] = 1, ["已整改"] = 1, ["已回访"] = 1 },
            BoardCounts(cut)));
        Assert.Contains("（1 条）", cut.Markup);
    }

    [Fact]
    public async Task Board_cards_link_to_the_staff_member_and_the_case()
    {
        var review = Review("R-1", 2, Local(10, 14, 9));
        review.CaseId = "C-9";
        await SeedAsync(db => db.Set<ReviewRecord>().Add(review));

        var cut = RenderPage<ReviewsPage>();

        WaitFor(cut, () =>
        {
            var links = cut.FindAll(".review-card a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
            Assert.Contains(("/staff/370323001-S01", "张伟"), links);
            Assert.Contains(("/cases/370323001/C-9", "C-9"), links);
        });
        Assert.Contains("整改期限 2020年11月3日 09:00", cut.Find(".review-card").TextContent);
    }

    [Fact]
    public async Task Level_distribution_counts_the_periods_reviews_by_level()
    {
        await SeedAsync(db => db.Set<ReviewRecord>().AddRange(
            Review("A", 5, Local(10, 9, 9)), Review("B", 5, Local(10, 9, 10)), Review("C", 3, Local(10, 9, 11)),
            Review("D", 1, Local(10, 9, 12)), Review("E", 4, Local(9, 9, 12))));

        var cut = RenderPage<ReviewsPage>();

        WaitFor(cut, () => Assert.Equal("非常满意 2 条，满意 0 条，基本满意 1 条，不满意 0 条，非常不满意 1 条", cut.Find(".level-counts").TextContent.Trim()));
    }

    [Fact]
    public void Without_reviews_the_chart_says_so()
    {
        var cut = RenderPage<ReviewsPage>();

        WaitFor(cut, () => Assert.Equal("所选时间段内没有评价。", cut.Find(".chart-empty").TextContent.Trim()));
    }

    [Fact]
    public async Task A_commit_for_the_shown_hall_puts_its_new_negative_review_on_the_board()
    {
        var cut = await RenderForTownAsync<ReviewsPage>(Nanma);
        WaitFor(cut, () => Assert.Empty(cut.FindAll(".review-card")));

        await SeedAsync(db => db.Set<ReviewRecord>().Add(Review("R-new", 1, Local(10, 15, 9))));
        await CommitAsync(Nanma);

        WaitFor(cut, () => Assert.Single(cut.FindAll(".review-card")));
        Assert.Equal(1, BoardCounts(cut)["待核实"]);
    }

    [Fact]
    public Task A_commit_for_another_hall_does_not_read_the_reviews_again() => AssertAnotherTownsCommitReadsNoFiguresAsync<ReviewsPage>();

    [Fact]
    public Task A_refresh_keeps_the_chosen_hall_and_period() => AssertRefreshKeepsHallAndPeriodAsync<ReviewsPage>();

    [Fact]
    public async Task A_failed_refresh_keeps_the_figures_and_says_so_in_chinese()
    {
        Queries.UseFigures(f => f with { Reviews = 1234 });
        var cut = RenderPage<ReviewsPage>();
        WaitForSubscription(cut, null);
        WaitFor(cut, () => Assert.Equal("1,234", cut.Find(".kpi-value").TextContent.Trim()));

        Time.Advance(TimeSpan.FromMinutes(1));
        Queries.Figures = (_, _) => throw new InvalidOperationException("database is down");
        await CommitAsync(Nanma);

        WaitFor(cut, () => Assert.Equal("数据读取失败，页面仍显示 10:00:00 读取的数据；有新数据时将自动重试。", cut.Find(".live-error").TextContent.Trim()));
        Assert.Equal("1,234", cut.Find(".kpi-value").TextContent.Trim());
    }

    [Fact]
    public Task A_good_review_target_saved_in_the_settings_applies_at_the_next_read()
    {
        Queries.UseFigures(f => f with { GoodReviewRate = Ratio.Of(96, 100) });
        return AssertSavedTargetAppliesAtTheNextReadAsync<ReviewsPage>("好评率", "目标 ≥ 99.0%，未达标", "Figures:Targets:GoodReviewMin", 0.95m, "目标 ≥ 95.0%");
    }

    [Fact]
    public Task The_reviews_page_stops_following_the_live_layer_when_disposed() => AssertUnsubscribesWhenDisposedAsync<ReviewsPage>(null);

    [Fact]
    public void Last_week_is_picked_with_one_click_and_kept_in_the_address() => AssertLastWeekIsPickedIntoTheAddress<ReviewsPage>("/reviews", readsFigures: true);

    [Fact]
    public void The_period_in_the_address_selects_its_shortcut() => AssertThePeriodInTheAddressSelectsItsShortcut<ReviewsPage>("/reviews");

    [Fact]
    public void Custom_dates_can_be_typed() => AssertCustomDatesCanBeTyped<ReviewsPage>("/reviews", readsFigures: true);
}
