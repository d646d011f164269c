using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Queries;

/// <summary>The live endpoint and the case search over <see cref="HallSituation"/>, on each provider.</summary>
public abstract class SituationTests(SituationFixture fixture)
{
    private SupervisionWebApplicationFactory App => fixture.App;

    [DatabaseFact]
    public async Task Live_endpoint_shows_queue_windows_cards_and_todays_counts()
    {
        var live = await App.GetJsonAsync(fixture.CountyKey, $"/api/v1/towns/{HallSituation.Town}/live");

        Assert.Equal("南麻街道", live.GetProperty("name").GetString());
        Assert.Equal(2, live.GetProperty("waitingNow").GetInt32());
        Assert.Equal(3600, live.GetProperty("longestCurrentWaitSeconds").GetInt64());
        Assert.Equal(1, live.GetProperty("windowsServingNow").GetInt32());
        Assert.Equal(1, live.GetProperty("openRedCards").GetInt32());
        Assert.Equal(1, live.GetProperty("openYellowCards").GetInt32());
        var today = live.GetProperty("today");
        Assert.Equal(4, today.GetProperty("ticketsIssued").GetInt32());
        Assert.Equal(1, today.GetProperty("accepted").GetInt32());
        Assert.Equal(1, today.GetProperty("completed").GetInt32());
    }

    [DatabaseFact]
    public async Task County_live_state_adds_up_every_hall()
    {
        var county = await App.Services.GetRequiredService<IFigureQueries>().GetCountyLiveAsync(CancellationToken.None);

        Assert.Equal((2, 3600L, 1, 2, 1), (county.WaitingNow, county.LongestCurrentWaitSeconds!.Value, county.WindowsServingNow, county.OpenRedCards, county.OpenYellowCards));
    }

    [DatabaseFact]
    public async Task Today_figures_carry_the_live_parts_and_past_periods_do_not()
    {
        var today = await App.GetJsonAsync(fixture.CountyKey, $"/api/v1/figures?scope=town:{HallSituation.Town}&period=today");
        var past = await App.GetJsonAsync(fixture.CountyKey, $"/api/v1/figures?scope=town:{HallSituation.Town}&period=2020-06-29");

        Assert.Equal(1, today.GetProperty("figures").GetProperty("openRedCards").GetInt32());
        Assert.Equal(JsonValueKind.Null, past.GetProperty("figures").GetProperty("openRedCards").ValueKind);
    }

    public static readonly (string Query, string Expected)[] Filters =
    [
        ("town=370323001", "D1,N1,P1,X1,Y1,R1,L1"),
        ("town=370323001&status=open", "N1,Y1,R1"),
        ("status=completed", "D1,L1"),
        ("status=late", "L1"),
        ("status=refused", "X1"),
        ("status=pending", "P1"),
        ("card=red", "R1,R2"),
        ("card=yellow", "Y1"),
        ("item=RS-002", "Y1,R1,R2,L1"),
        ("from=2020-06-18&to=2020-06-22", "Y1,R1,R2"),
        ("period=2020-06-29", "N1,P1"),
        ("text=Y", "Y1"),
        ("town=370323101&card=red", "R2"),
    ];

    [DatabaseFact]
    public async Task Case_search_applies_each_filter()
    {
        foreach (var (query, expected) in Filters)
        {
            var page = await App.GetJsonAsync(fixture.CountyKey, $"/api/v1/cases?{query}&pageSize=50");

            Assert.True(expected == Ids(page), $"{query}: expected {expected}, got {Ids(page)}");
            Assert.Equal(expected.Split(',').Length, page.GetProperty("totalCount").GetInt32());
        }
    }

    [DatabaseFact]
    public async Task Case_search_pages_newest_first()
    {
        string[] expected = ["D1,N1,P1", "X1,Y1,R1", "L1"];
        for (var number = 1; number <= expected.Length; number++)
        {
            var page = await App.GetJsonAsync(fixture.CountyKey, $"/api/v1/cases?town=370323001&pageSize=3&page={number}");

            Assert.Equal(expected[number - 1], Ids(page));
            Assert.Equal((7, 3), (page.GetProperty("totalCount").GetInt32(), page.GetProperty("pageCount").GetInt32()));
        }
    }

    [DatabaseFact]
    public async Task Town_key_lists_only_its_own_cases()
    {
        var townKey = await App.CreateReadKeyAsync(HallSituation.OtherTown);

        var page = await App.GetJsonAsync(townKey, "/api/v1/cases?card=red");

        Assert.Equal("R2", Ids(page));
    }

    [DatabaseFact]
    public async Task Case_items_carry_their_card_and_status()
    {
        var page = await App.GetJsonAsync(fixture.CountyKey, "/api/v1/cases?text=Y1");
        var item = page.GetProperty("items")[0];

        Assert.Equal(("yellow", "accepted", "已受理"), (item.GetProperty("card").GetString(), item.GetProperty("status").GetString(), item.GetProperty("statusText").GetString()));
    }

    private static string Ids(JsonElement page) =>
        string.Join(",", page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseId").GetString()));
}

public sealed class SqliteSituationTests(SqliteSituationFixture fixture) : SituationTests(fixture), IClassFixture<SqliteSituationFixture>;

public sealed class PostgresSituationTests(PostgresSituationFixture fixture) : SituationTests(fixture), IClassFixture<PostgresSituationFixture>, IUsesPostgres;
