using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;

namespace Supervision.Tests.Web.Ingestion;

/// <summary>Bytes and media types POST /api/v1/events must refuse as a whole, with Chinese problem+json.</summary>
public sealed class MalformedInputTests : IngestionAppTest
{
    private static byte[] BatchWithLastCase(string caseJson)
    {
        var valid = Encoding.UTF8.GetString(EventJson.SerializeBatch(Samples.EveryType()));
        var extra = $$""",{"id":"extra","type":"case.resumed","town":"{{Samples.Town}}","at":"2020-06-01T10:00:00+08:00","case":{{caseJson}}}]}""";
        return Encoding.UTF8.GetBytes(valid[..^2] + extra);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal((status, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task A_lone_surrogate_gives_400_and_nothing_of_the_batch_is_stored()
    {
        var key = await App.CreateKeyAsync(Samples.Town);

        using var response = await App.PostRawAsync(key, BatchWithLastCase("\"C\\ud800\""));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("请求体格式错误", problem.GetProperty("title").GetString());
        Assert.EndsWith("转义是孤立的代理项（\\uD800–\\uDFFF 必须成对出现），整批未写入。", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await App.StoredIdsAsync());
    }

    [Fact]
    public async Task A_0xFF_byte_gives_400_and_nothing_of_the_batch_is_stored()
    {
        var key = await App.CreateKeyAsync(Samples.Town);
        var body = BatchWithLastCase("\"C?\"");
        body[Array.LastIndexOf(body, (byte)'?')] = 0xFF;

        using var response = await App.PostRawAsync(key, body);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("请求体格式错误", problem.GetProperty("title").GetString());
        Assert.StartsWith("请求体不是有效的 UTF-8 编码", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await App.StoredIdsAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=gbk")]
    public async Task A_body_that_is_not_utf8_json_gets_415(string contentType)
    {
        var key = await App.CreateKeyAsync(Samples.Town);

        using var response = await App.PostRawAsync(key, EventJson.SerializeBatch(Samples.EveryType()), contentType);

        var problem = await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("不支持的请求体类型", problem.GetProperty("title").GetString());
        Assert.Empty(await App.StoredIdsAsync());
    }

    [Fact]
    public async Task A_json_body_with_a_utf8_charset_is_accepted()
    {
        var key = await App.CreateKeyAsync(Samples.Town);

        using var response = await App.PostRawAsync(key, EventJson.SerializeBatch(Samples.EveryType()), "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_bidi_override_in_a_reason_is_stored_without_it()
    {
        var key = await App.CreateKeyAsync(Samples.Town);
        var body = Encoding.UTF8.GetBytes($$"""{"events":[{"id":"p-1","type":"case.paused","town":"{{Samples.Town}}","at":"2020-06-01T10:00:00+08:00","case":"C1","reason":"\u202elive"}]}""");

        using var response = await App.PostRawAsync(key, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await App.QueryAsync(d => Task.FromResult(d.Set<Supervision.Web.Data.Entities.StoredEvent>().Single(e => e.Id == "p-1").Payload));
        Assert.Equal("live", Assert.IsType<CasePaused>(EventJson.Deserialize(stored)).Reason);
    }
}
