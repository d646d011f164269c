namespace Supervision.Tests.Web.Components.Pages.Cases;

/// <summary>The 办件 list follows commits of the towns it shows and re-reads its current query.</summary>
public sealed class CasesLiveTests : ListsWorld
{
    private static CaseRecord Accepted(string id, string town) => new()
    {
        Town = town,
        CaseId = id,
        ItemCode = "RS-002",
        AcceptedAt = new DateTimeOffset(2020, 10, 15, 9, 30, 0, WorkingCalendar.ChinaOffset),
        PromisedDays = 5,
        Deadline = new DateTimeOffset(2020, 10, 22, 17, 30, 0, WorkingCalendar.ChinaOffset),
        Status = CaseStatus.Accepted,
    };

    private static List<string> CaseIds(IRenderedComponent<CasesPage> cut) =>
        cut.FindAll(".cases-table a.case-link").Select(a => a.TextContent.Trim()).ToList();

    private IRenderedComponent<CasesPage> RenderForTown(string town)
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo(CaseLinks.For(town, Period.Month(2020, 10)));
        var cut = RenderPage<CasesPage>();
        WaitForSubscription(cut, town);
        return cut;
    }

    [Fact]
    public async Task A_commit_for_the_shown_town_shows_the_new_case_without_a_reload()
    {
        Queries.UseCases([Accepted("C-001", Nanma)]);
        var cut = RenderForTown(Nanma);
        WaitFor(cut, () => Assert.Equal(["C-001"], CaseIds(cut)));

        Queries.UseCases([Accepted("C-002", Nanma), Accepted("C-001", Nanma)]);
        await CommitAsync(Nanma);

        WaitFor(cut, () => Assert.Equal(["C-002", "C-001"], CaseIds(cut)));
    }

    [Fact]
    public async Task A_commit_for_another_town_does_not_query_the_cases_again()
    {
        var cut = RenderForTown(Nanma);
        WaitFor(cut, () => Assert.NotEmpty(Queries.CaseCalls));
        var calls = Queries.CaseCalls.Count;

        await CommitAsync(Lishan);

        Assert.Equal(calls, Queries.CaseCalls.Count);
    }

    [Fact]
    public async Task A_refresh_keeps_the_filters_the_page_and_the_page_size()
    {
        Context.Services.GetRequiredService<NavigationManager>()
            .NavigateTo(CaseLinks.For(Nanma, Period.Month(2020, 9), CaseStatusFilter.Late, item: "RS-002"));
        Queries.UseCases([Accepted("C-001", Nanma)], total: 500);
        var cut = RenderPage<CasesPage>();
        WaitForSubscription(cut, Nanma);
        var table = cut.FindComponent<MudTable<CaseRecord>>();
        await cut.InvokeAsync(() => table.Instance.SetRowsPerPage(50));
        await cut.InvokeAsync(() => table.Instance.NavigateTo(2));
        WaitFor(cut, () => Assert.Equal((3, 50), (Queries.CaseCalls[^1].Page, Queries.CaseCalls[^1].PageSize)));
        var before = Queries.CaseCalls[^1];

        await CommitAsync(Nanma);

        WaitFor(cut, () => Assert.Equal(before, Queries.CaseCalls[^1]));
        Assert.Equal(2, table.Instance.CurrentPage);
    }

    [Fact]
    public async Task The_county_list_follows_commits_of_every_town()
    {
        var cut = RenderPage<CasesPage>();
        WaitForSubscription(cut, null);
        WaitFor(cut, () => Assert.NotEmpty(Queries.CaseCalls));
        var calls = Queries.CaseCalls.Count;

        await CommitAsync(Yuezhuang);

        WaitFor(cut, () => Assert.Equal(calls + 1, Queries.CaseCalls.Count));
    }

    [Fact]
    public async Task A_refresh_stamps_the_list_with_the_time_it_was_read()
    {
        var cut = RenderForTown(Nanma);
        WaitFor(cut, () => Assert.Equal("已更新 10:00:00", cut.Find(".live-updated").TextContent.Trim()));

        Time.Advance(TimeSpan.FromSeconds(7));
        await CommitAsync(Nanma);

        WaitFor(cut, () => Assert.Equal("已更新 10:00:07", cut.Find(".live-updated").TextContent.Trim()));
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_rows_and_says_so_in_chinese()
    {
        Queries.UseCases([Accepted("C-001", Nanma)]);
        var cut = RenderForTown(Nanma);
        WaitFor(cut, () => Assert.Equal(["C-001"], CaseIds(cut)));

        Queries.Cases = _ => throw new InvalidOperationException("database is down");
        await CommitAsync(Nanma);

        WaitFor(cut, () => Assert.Equal("数据读取失败，页面仍显示 10:00:00 读取的数据；有新数据时将自动重试。", cut.Find(".live-error").TextContent.Trim()));
        Assert.Equal(["C-001"], CaseIds(cut));
    }

    [Fact]
    public Task The_cases_page_stops_following_the_live_layer_when_disposed() => AssertUnsubscribesWhenDisposedAsync<CasesPage>(null);
}
