using Supervision.Domain.Events;
using Supervision.Tests.Web.Ingestion;

namespace Supervision.Tests.Web.Security;

/// <summary>
/// Events per minute, per key and per town (Security/Hardening/IngestBudget). A drained bucket refills in a
/// minute, so each refused batch asks for the whole limit again right after draining it: only a stall of tens of
/// seconds between two requests could let it through.
/// </summary>
public sealed class IngestLimitTests() : IngestionAppTest(new Dictionary<string, string>
{
    ["Security:IngestEventsPerMinutePerKey"] = PerKey.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["Security:IngestEventsPerMinutePerTown"] = PerTown.ToString(System.Globalization.CultureInfo.InvariantCulture),
})
{
    private const int PerKey = 40;
    private const int PerTown = 25;
    private const string TownA = Samples.Town;
    private const string TownB = "370323002";
    private const string TownC = Samples.OtherTown;

    [Fact]
    public async Task A_key_beyond_its_events_per_minute_gets_429_with_retry_after_and_nothing_of_the_batch_is_stored()
    {
        var key = await App.CreateKeyAsync();
        using var first = await App.PostAsync(key, [.. Tickets("a", TownA, 20), .. Tickets("b", TownB, 20)]);
        var refused = Tickets("c", TownC, 20);

        using var response = await App.PostAsync(key, refused);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertRefusedAsync(response, "该 API 密钥每分钟最多上报 40 个事件");
        Assert.Empty((await App.StoredIdsAsync()).Intersect(refused.Select(e => e.Id)));
    }

    [Fact]
    public async Task A_town_beyond_its_events_per_minute_from_all_keys_gets_429_and_the_refusal_takes_nothing_from_the_key()
    {
        using var townKey = await App.PostAsync(await App.CreateKeyAsync(TownA), Tickets("a", TownA, PerTown));
        var countyKey = await App.CreateKeyAsync();
        var refused = Tickets("b", TownA, PerTown);

        using var response = await App.PostAsync(countyKey, refused);
        using var otherTown = await App.PostAsync(countyKey, Tickets("c", TownB, PerTown));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (townKey.StatusCode, otherTown.StatusCode));
        await AssertRefusedAsync(response, $"镇街 {TownA}（所有密钥合计）每分钟最多上报 25 个事件");
        Assert.Empty((await App.StoredIdsAsync()).Intersect(refused.Select(e => e.Id)));
    }

    [Fact]
    public async Task A_batch_larger_than_a_minute_of_its_towns_allowance_is_refused_with_advice_to_split_it()
    {
        using var response = await App.PostAsync(await App.CreateKeyAsync(), Tickets("a", TownA, PerTown + 1));

        await AssertRefusedAsync(response, "请拆分为较小的批次");
        Assert.Empty(await App.StoredIdsAsync());
    }

    /// <summary>Tickets spread over June's working days, so no hall-day comes near a plausibility limit.</summary>
    internal static List<HallEvent> Tickets(string prefix, string town, int count) =>
        Enumerable.Range(0, count).Select(i => (HallEvent)new TicketIssued
        {
            Id = $"{prefix}-{town}-{i}", Town = town, At = Samples.At.AddDays(i % 4), Ticket = $"{prefix}{i:D4}", Category = "综合受理",
        }).ToList();

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string detail)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            (HttpStatusCode.TooManyRequests, "application/problem+json", "上报事件过多"),
            (response.StatusCode, response.Content.Headers.ContentType?.MediaType, body.RootElement.GetProperty("title").GetString()));
        Assert.Contains(detail, body.RootElement.GetProperty("detail").GetString());
        Assert.InRange(response.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }
}
