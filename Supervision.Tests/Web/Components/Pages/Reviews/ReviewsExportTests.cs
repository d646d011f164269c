using Supervision.Web.Components.Pages.Reviews;

namespace Supervision.Tests.Web.Components.Pages.Reviews;

public sealed class ReviewsExportTests : ListsWorld
{
    private static ReviewRecord Negative(string town, string id, DateTimeOffset submitted, string? staff, string? caseId) => new()
    {
        Town = town,
        ReviewId = id,
        Level = 1,
        IsNegative = true,
        Staff = staff,
        CaseId = caseId,
        SubmittedAt = submitted,
        SubmittedDay = DateOnly.FromDateTime(submitted.DateTime),
        RectifyDue = submitted.AddDays(5),
        NeedsRectification = true,
        Reasons = "等候时间长",
    };

    [Fact]
    public async Task The_reviews_export_holds_exactly_the_rows_and_columns_on_screen()
    {
        await SeedAsync(db => db.AddRange(
            Negative(Nanma, "R-1", Local(10, 12, 9), $"{Nanma}-S01", "C-1"),
            Negative(Nanma, "R-2", Local(10, 2, 9), null, null),
            Negative(Nanma, "R-3", Local(9, 20, 9), $"{Nanma}-S02", null),
            Negative(Lishan, "R-4", Local(10, 12, 9), $"{Lishan}-S01", null)));
        await SeedAsync(db =>
        {
            var rectified = Negative(Nanma, "R-5", Local(10, 5, 9), $"{Nanma}-S01", "C-5");
            rectified.RectifiedAt = Local(10, 6, 9);
            db.Add(rectified);
        });
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo($"/reviews?period=2020-10&scope=town:{Nanma}");
        var cut = RenderPage<ReviewsPage>();
        WaitFor(cut, () => Assert.Equal(4, cut.FindAll(".review-card").Count));

        var href = ExportHref(cut);
        var exported = await ExportedAsync(href);

        Assert.Contains($"town={Nanma}", href, StringComparison.Ordinal);
        Assert.Equal(ShownBoard(cut, ReviewBoardColumns.All.Select(c => c.Header).ToList()), exported);
        Assert.Equal(["待核实", "非常不满意", "南麻街道", "张伟", "C-1", "等候时间长", "2020年10月12日 09:00", "2020年10月17日 09:00"], exported.Single(r => r.Contains("C-1")));
    }
}
