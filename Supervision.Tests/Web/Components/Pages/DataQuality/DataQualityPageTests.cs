using Supervision.Web.Components.Pages.DataQuality;
using Supervision.Web.Queries.DataQuality;

namespace Supervision.Tests.Web.Components.Pages.DataQuality;

public sealed class DataQualityPageTests : ListsWorld
{
    private static DateTimeOffset Local(int day, int hour) => new(2020, 10, day, hour, 0, 0, WorkingCalendar.ChinaOffset);

    private Task SeedProblemsAsync() => SeedAsync(db =>
    {
        db.Set<ReviewRecord>().Add(new ReviewRecord { Town = Nanma, ReviewId = "R-noreason", Level = 1, IsNegative = true, MissingReasons = true, SubmittedAt = Local(12, 9) });
        db.Set<ReviewRecord>().Add(new ReviewRecord { Town = Nanma, ReviewId = "R-late", CaseId = "C-reviewed", Level = 5, IsGood = true, Late = true, SubmittedAt = Local(13, 9) });
        db.Set<ReviewRecord>().Add(new ReviewRecord { Town = Nanma, ReviewId = "R-fine", Level = 2, IsNegative = true, Reasons = "态度生硬", SubmittedAt = Local(13, 10) });
        db.Set<CaseRecord>().Add(new CaseRecord { Town = Lishan, CaseId = "C-refused", Refused = true, RefusedAt = Local(9, 9), RefusalWithoutReason = true, RefusalViolation = true });
        db.Set<CaseRecord>().Add(new CaseRecord { Town = Lishan, CaseId = "C-backdated", AcceptedAt = Local(5, 9), BackdatedPauses = 1 });
        db.Set<CaseRecord>().Add(new CaseRecord { Town = Lishan, CaseId = "C-orphan", UnknownItem = true, LastEventAt = Local(14, 9) });
    });

    [Fact]
    public async Task Data_quality_page_counts_each_towns_problems_by_kind_for_the_bureau()
    {
        await SeedProblemsAsync();

        var cut = RenderPage<DataQualityPage>();

        WaitFor(cut, () =>
        {
            var rows = cut.FindAll(".quality-counts tbody tr")
                .ToDictionary(r => r.QuerySelector("td")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent.Trim()).ToList());
            Assert.Equal(["1", "0", "0", "0", "1", "2"], rows["南麻街道"]);
            Assert.Equal(["0", "1", "1", "1", "0", "3"], rows["历山街道"]);
            Assert.Equal(["0", "0", "0", "0", "0", "0"], rows["悦庄镇"]);
        });
        Assert.Equal(["办件事项不明", "超过补评时限", "差评未填原因", "拒收未填理由", "逾期补报暂停"],
            cut.FindAll(".quality-issues td.quality-kind").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Data_quality_list_filtered_by_town_holds_only_that_towns_problems()
    {
        await SeedProblemsAsync();
        var reader = new DataQualityReader(Database.ContextFactory);

        var view = await reader.GetAsync([Nanma, Lishan], Lishan, CancellationToken.None);

        Assert.Equal(["C-orphan", "C-refused", "C-backdated"], view.Issues.Select(i => i.Subject));
        Assert.Equal(3, view.IssueCount);
        Assert.Equal([2, 3], view.Towns.Select(t => t.Total));
    }
}
