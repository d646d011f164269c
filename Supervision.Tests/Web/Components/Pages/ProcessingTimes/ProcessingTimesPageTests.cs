using Supervision.Web.Components.Pages.ProcessingTimes;
using Supervision.Web.Queries.ProcessingTimes;

namespace Supervision.Tests.Web.Components.Pages.ProcessingTimes;

/// <summary>
/// 办理时效 over cases completed in October 2020 (the month of the clock): 南麻 RS-002 (5 days) used 3.95 and 6.95,
/// RS-003 (3 days) used 5.95, RS-001 (即办) 0.05; 历山 RS-002 used 1.95.
/// </summary>
public sealed class ProcessingTimesPageTests : ListsWorld
{
    public ProcessingTimesPageTests()
    {
        Context.Services.AddSingleton<IIngestionNotifications>(Notifier.Commits);
        Context.Services.AddSingleton<IProcessingTimes, ProcessingTimesReader>();
    }

    private static CaseRecord Completed(string town, string id, string item, int promised, double used, int day) => new()
    {
        Town = town, CaseId = id, ItemCode = item, PromisedDays = promised, IsInstant = promised == 0, ProcessingWorkingDays = used,
        PromiseClockUsedDays = promised == 0 ? null : used,   // on the promise clock; equal to the processing time here
        AcceptedAt = Now.AddDays(-20), CompletedAt = new DateTimeOffset(2020, 10, day, 15, 0, 0, Now.Offset), CompletedDay = new DateOnly(2020, 10, day),
        Status = CaseStatus.Completed,
    };

    private Task SeedCasesAsync() => SeedAsync(db => db.Set<CaseRecord>().AddRange(
        Completed(Nanma, "N1", "RS-002", 5, 3.95, 9),
        Completed(Nanma, "N2", "RS-002", 5, 6.95, 12),
        Completed(Nanma, "N3", "RS-003", 3, 5.95, 13),
        Completed(Nanma, "N4", "RS-001", 0, 0.05, 14),
        Completed(Lishan, "L1", "RS-002", 5, 1.95, 9)));

    private void Navigate(string address) => Context.Services.GetRequiredService<NavigationManager>().NavigateTo(address);

    private static List<List<string>> Rows(IRenderedComponent<ProcessingTimesPage> cut, string table) =>
        cut.FindAll($"{table} tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();

    [Fact]
    public async Task The_county_lists_the_items_slowest_against_their_promise_first()
    {
        await SeedCasesAsync();

        var cut = RenderPage<ProcessingTimesPage>();

        WaitFor(cut, () => Assert.Equal(2, Rows(cut, ".processing-slowest").Count));
        var slowest = Rows(cut, ".processing-slowest");
        // RS-003: 5.95 ÷ 3 = 198.3 %; RS-002: (3.95 + 6.95 + 1.95) ÷ 15 = 85.7 %, 提速率 14.3 %; 即办 RS-001 has no promise to compare.
        Assert.Equal(["1", "就业创业证申领", "人力资源和社会保障所", "3 个工作日", "1", "5.95", "198.3%", "-98.3%"], slowest[0]);
        Assert.Equal(["2", "城乡居民养老保险待遇申领", "人力资源和社会保障所", "5 个工作日", "3", "4.28", "85.7%", "14.3%"], slowest[1]);
        var halls = Rows(cut, ".processing-halls");
        Assert.Equal(["南麻街道", "4", "4.23", "历山街道"], [halls[0][0], halls[0][1], halls[0][2], halls[1][0]]);
        Assert.Equal("-29.6%", halls[0][5]);            // (13 − 16.85) ÷ 13
        Assert.Equal("/processing-times?scope=town%3A370323001&period=2020-10",
            cut.Find(".processing-halls tbody tr a").GetAttribute("href"));
        Assert.Equal("人力资源和社会保障所", Rows(cut, ".processing-departments").Single()[0]);
        Assert.Equal("5", Rows(cut, ".processing-departments").Single()[1]);
    }

    [Fact]
    public async Task A_town_leader_sees_their_own_town_only()
    {
        await SeedCasesAsync();
        SignInAsNanmaLeader();

        Navigate($"/processing-times?scope=town%3A{Lishan}");
        var cut = RenderPage<ProcessingTimesPage>();

        WaitFor(cut, () => Assert.Equal(2, Rows(cut, ".processing-slowest").Count));
        Assert.Equal("109.0%", Rows(cut, ".processing-slowest")[1][6]);   // 南麻's RS-002 only: 10.9 ÷ 10
        Assert.Empty(cut.FindAll(".processing-halls"));
        Assert.Empty(cut.FindAll(".scope-select"));
        Assert.Equal("4", Rows(cut, ".processing-departments").Single()[1]);
    }

    [Fact]
    public async Task A_period_without_completed_cases_says_so_in_chinese()
    {
        await SeedCasesAsync();

        Navigate("/processing-times?period=2020-09");
        var cut = RenderPage<ProcessingTimesPage>();

        WaitFor(cut, () => Assert.Equal("全县在2020年9月没有办结的办件，暂无办理时效。", cut.Find(".processing-empty").TextContent.Trim()));
    }
}
