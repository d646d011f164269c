using Supervision.Domain.Events;
using Supervision.Tests.Web.Security;

namespace Supervision.Tests.Web.Ingestion;

/// <summary>Batches that would make a hall's day absurd are refused whole (422), counting what is already stored.</summary>
public sealed class HallDayGuardTests() : IngestionAppTest(new Dictionary<string, string>
{
    ["Security:PlausibleTicketsPerHallDay"] = "5",
    ["Security:PlausibleCasesPerHallDay"] = "3",
})
{
    [Fact]
    public async Task A_batch_taking_a_hall_day_beyond_its_plausible_tickets_gets_422_in_chinese_and_nothing_is_stored()
    {
        var key = await App.CreateKeyAsync();
        using var first = await App.PostAsync(key, OneDay("a", 4));
        var refused = OneDay("b", 2);

        using var response = await App.PostAsync(key, refused);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            (HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity, "事件数量不合理"),
            (first.StatusCode, response.StatusCode, body.RootElement.GetProperty("title").GetString()));
        Assert.Equal(
            $"镇街 {Samples.Town} 2020-06-01 的取号数将达到 6（已存储 4，本批 2），超过单个大厅每日合理上限 5",
            body.RootElement.GetProperty("errors")[0].GetProperty("reason").GetString());
        Assert.Empty((await App.StoredIdsAsync()).Intersect(refused.Select(e => e.Id)));
    }

    [Fact]
    public async Task The_same_number_of_tickets_spread_over_several_days_is_accepted()
    {
        using var response = await App.PostAsync(await App.CreateKeyAsync(), IngestLimitTests.Tickets("a", Samples.Town, 12));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static List<HallEvent> OneDay(string prefix, int tickets) =>
        Enumerable.Range(0, tickets).Select(i => (HallEvent)new TicketIssued
        {
            Id = $"{prefix}-{i}", Town = Samples.Town, At = Samples.At.AddMinutes(i), Ticket = $"{prefix}{i:D3}", Category = "综合受理",
        }).ToList();
}
