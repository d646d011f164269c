using Supervision.Tests.Web.Ingestion;
using Supervision.Tests.Web.Queries;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Api;

/// <summary>Bad parameters and keys outside their reach, on SQLite (no data needed).</summary>
public sealed class QueryParameterTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SupervisionWebApplicationFactory _app = null!;
    private string _countyKey = "";

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        _app = QueryApp.Start(_database, new DateTimeOffset(2020, 6, 30, 10, 0, 0, TimeSpan.FromHours(8)));
        _countyKey = await _app.CreateReadKeyAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("/api/v1/figures?scope=hall:1&period=2020-06", "scope", "无法识别范围")]
    [InlineData("/api/v1/figures?scope=county&period=2020-13", "period", "月份 2020-13 不存在")]
    [InlineData("/api/v1/figures?scope=county&period=2020-W54", "period", "没有第 54 周")]
    [InlineData("/api/v1/figures?scope=county", "period", "缺少时间段")]
    [InlineData("/api/v1/figures?scope=county&from=2020-06-01", "to", "from 和 to 必须同时提供")]
    [InlineData("/api/v1/figures?scope=county&from=2020-06-30&to=2020-06-01", "to", "早于开始日")]
    [InlineData("/api/v1/figures?scope=county&from=2020/06/01&to=2020-06-30", "from", "yyyy-MM-dd")]
    [InlineData("/api/v1/figures?scope=county&period=2020-06&from=2020-06-01&to=2020-06-30", "period", "只能任选其一")]
    [InlineData("/api/v1/figures?scope=town:370323999&period=2020-06", "scope", "未知镇街代码")]
    [InlineData("/api/v1/cases?status=closed", "status", "status 的值“closed”无效")]
    [InlineData("/api/v1/cases?card=green", "card", "card 的值“green”无效")]
    [InlineData("/api/v1/cases?page=0", "page", "page 必须是")]
    [InlineData("/api/v1/cases?pageSize=500", "pageSize", "pageSize 必须是 1–200")]
    [InlineData("/api/v1/cases?town=370323999", "town", "未知镇街代码")]
    [InlineData("/api/v1/towns/370323999/live", "code", "未知镇街代码")]
    public async Task Bad_parameter_is_400_problem_naming_it_in_chinese(string url, string parameter, string message)
    {
        var response = await _app.GetAsync(_countyKey, url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请求参数无效", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(errors, e => e!.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_key_is_401()
    {
        var response = await _app.GetAsync(null, "/api/v1/figures?scope=county&period=2020-06");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Key_without_read_scope_is_403()
    {
        var ingestOnly = await _app.CreateKeyAsync(scopes: ApiKeyScopes.Ingest);

        var response = await _app.GetAsync(ingestOnly, "/api/v1/figures?scope=county&period=2020-06");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/figures?scope=county&period=2020-06")]
    [InlineData("/api/v1/figures?scope=town:370323101&period=2020-06")]
    [InlineData("/api/v1/figures?scope=staff:370323101-S02&period=2020-06")]
    [InlineData("/api/v1/figures?scope=item:RS-002&period=2020-06")]
    [InlineData("/api/v1/towns/370323101/live")]
    [InlineData("/api/v1/cases?town=370323101")]
    public async Task Town_key_cannot_read_beyond_its_town(string url)
    {
        var townKey = await _app.CreateReadKeyAsync("370323001");

        var response = await _app.GetAsync(townKey, url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("仅限镇街 370323001", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/figures?scope=town:370323001&period=2020-06")]
    [InlineData("/api/v1/figures?scope=staff:370323001-S02&period=2020-06")]
    [InlineData("/api/v1/figures?period=2020-06")]
    [InlineData("/api/v1/towns/370323001/live")]
    [InlineData("/api/v1/cases")]
    public async Task Town_key_reads_its_own_town(string url)
    {
        var townKey = await _app.CreateReadKeyAsync("370323001");

        var response = await _app.GetAsync(townKey, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
