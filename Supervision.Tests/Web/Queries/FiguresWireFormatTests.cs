using Supervision.Tests.Web.Ingestion;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Queries;

/// <summary>
/// The read API's documented wire format (README “查询接口”), pinned with hand-written JSON over
/// <see cref="HallSituation"/>: field names, a share as numerator/denominator/value/text with its zh-CN
/// <c>text</c> (<c>63.3%</c>, <c>—</c>, per-thousand <c>0.00</c>), counts as integers, missing figures as
/// <c>null</c>, days as <c>yyyy-MM-dd</c> and instants as ISO-8601 with offset. A renamed field, a changed
/// text or number format fails here, whatever the production serializer does.
/// </summary>
public sealed class FiguresWireFormatTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Figures_of_a_town_day_are_written_in_the_documented_format(DatabaseProvider provider)
    {
        var actual = await GetAsync(provider, "/api/v1/figures?scope=town:370323001&period=2020-06-29");

        AssertJson("""
            {
              "scope": "town:370323001", "period": "2020-06-29", "periodLabel": "2020年6月29日",
              "from": "2020-06-29", "to": "2020-06-29", "asOf": null, "coverageAsOf": "2020-06-29", "score": 100,
              "figures": {
                "itemCoverage": { "numerator": 50, "denominator": 79, "value": 0.6329113924050632911392405063, "text": "63.3%" },
                "accepted": 1,
                "caseShare": { "numerator": 1, "denominator": 1, "value": 1, "text": "100.0%" },
                "completed": 0,
                "instantRate": { "numerator": 0, "denominator": 0, "value": null, "text": "—" },
                "onTimeRate": { "numerator": 0, "denominator": 0, "value": null, "text": "—" },
                "completedLate": 0, "completedWithoutDeadline": 0,
                "escalatedOnTimeRate": { "numerator": 0, "denominator": 0, "value": null, "text": "—" },
                "openRedCards": null, "openYellowCards": null,
                "meanProcessingDays": null, "medianProcessingDays": null, "p90ProcessingDays": null,
                "speedUpRate": { "numerator": 0, "denominator": 0, "value": null, "text": "—" },
                "visits": 1,
                "oneTripRate": { "numerator": 0, "denominator": 0, "value": null, "text": "—" },
                "ticketsIssued": 1, "ticketsCalled": 0,
                "meanWaitSeconds": null, "p90WaitSeconds": null, "maxWaitSeconds": null,
                "abandonmentRate": { "numerator": 0, "denominator": 1, "value": 0, "text": "0.0%" },
                "waitingNow": null, "longestCurrentWaitSeconds": null, "windowsServingNow": null,
                "reviews": 0,
                "goodReviewRate": { "numerator": 0, "denominator": 0, "value": null, "text": "—" },
                "negativeReviews": 0,
                "reviewRate": { "numerator": 0, "denominator": 0, "value": null, "text": "—" },
                "rectifiedOnTimeRate": { "numerator": 0, "denominator": 0, "value": null, "text": "—" },
                "followUpRate": { "numerator": 0, "denominator": 0, "value": null, "text": "—" },
                "complaintsFiled": 0,
                "complaintsPerThousandAccepted": { "numerator": 0, "denominator": 1, "value": 0, "text": "0.00" },
                "complaintRespondedOnTimeRate": { "numerator": 0, "denominator": 0, "value": null, "text": "—" },
                "complaintResolvedOnTimeRate": { "numerator": 0, "denominator": 0, "value": null, "text": "—" },
                "complaintsSubstantiated": 0, "refusals": 1, "refusalViolations": 0,
                "ticketsServed": 0, "meanServiceSeconds": null,
                "attendanceRate": { "numerator": 0, "denominator": 0, "value": null, "text": "—" },
                "daysLate": 0
              },
              "misses": []
            }
            """, actual);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task A_found_case_is_written_in_the_documented_format(DatabaseProvider provider)
    {
        var actual = await GetAsync(provider, "/api/v1/cases?status=late");

        AssertJson("""
            {
              "page": 1, "pageSize": 20, "totalCount": 1, "pageCount": 1,
              "items": [{
                "town": "370323001", "caseId": "L1", "item": "RS-002", "status": "completed", "statusText": "已办结",
                "card": null, "channel": "onsite", "visits": 0, "firstReceivedAt": null,
                "acceptedAt": "2020-06-01T02:00:00+00:00", "acceptedWindow": "370323001-01", "acceptedStaff": "370323001-S02",
                "acceptedAtComprehensive": true, "promisedDays": 5, "deadline": "2020-06-08T09:30:00+00:00",
                "deadlineProvisional": false, "isPaused": false, "completedAt": "2020-06-15T02:00:00+00:00",
                "outcome": "approved", "completedOnTime": false, "completedLate": true, "processingWorkingDays": 10,
                "issuedAt": null, "refused": false, "refusalViolation": false
              }]
            }
            """, actual);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task The_live_hall_is_written_in_the_documented_format(DatabaseProvider provider)
    {
        var actual = await GetAsync(provider, "/api/v1/towns/370323001/live");

        AssertJson("""
            {
              "town": "370323001", "name": "南麻街道", "asOf": "2020-06-30T10:00:00+08:00",
              "waitingNow": 2, "longestCurrentWaitSeconds": 3600, "windowsServingNow": 1, "openRedCards": 1, "openYellowCards": 1,
              "today": {
                "ticketsIssued": 4, "ticketsCalled": 2, "meanWaitSeconds": 600, "accepted": 1, "completed": 1,
                "reviews": 0, "negativeReviews": 0, "complaintsFiled": 0
              }
            }
            """, actual);
    }

    private static async Task<JsonElement> GetAsync(DatabaseProvider provider, string url)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = QueryApp.Start(database, HallSituation.Now);
        await app.IngestAsync(HallSituation.Events());
        return await app.GetJsonAsync(await app.CreateReadKeyAsync(), url);
    }

    /// <summary>Same names (in any order), same strings, numbers of the same value, nulls where null.</summary>
    private static void AssertJson(string expected, JsonElement actual)
    {
        var e = JsonNode.Parse(expected);
        var a = JsonNode.Parse(actual.GetRawText());
        Assert.True(JsonNode.DeepEquals(e, a), $"expected {e!.ToJsonString()}\nactual   {a!.ToJsonString()}");
    }
}
