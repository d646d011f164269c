using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security.ApiKeys;

public sealed class ApiKeyAdministrationTests(SupervisionWebApplicationFactory.WithAccounts app) : IClassFixture<SupervisionWebApplicationFactory.WithAccounts>
{
    private static readonly AuditActor Admin = new("county-admin", "192.0.2.20");

    private ApiKeyAdministration Keys => app.Services.GetRequiredService<ApiKeyAdministration>();

    private async Task<HttpStatusCode> ReadTownsAsync(string secret)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, secret);
        using var response = await client.GetAsync("/api/v1/towns");
        return response.StatusCode;
    }

    [Fact]
    public async Task Creating_and_revoking_a_key_are_audited_with_actor_and_ip()
    {
        var (key, _) = await Keys.CreateAsync(Admin, "审计测试", SupervisionWebApplicationFactory.Nanma, ApiKeyScopes.Ingest);
        await Keys.RevokeAsync(Admin, key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var entries = (await app.Services.GetRequiredService<IAuditLog>().SearchAsync(new AuditQuery(Actor: "county-admin")))
            .Entries.Where(e => e.Target == $"apikey:{key.Id}").OrderBy(e => e.Id).ToList();

        Assert.Equal([AuditActions.ApiKeyCreated, AuditActions.ApiKeyRevoked], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("192.0.2.20", e.Ip));
        Assert.Contains("\"town\":\"370323001\"", entries[0].Details);
    }

    [Fact]
    public async Task A_key_works_until_it_is_revoked_and_then_gets_401()
    {
        var (key, secret) = await Keys.CreateAsync(Admin, "读取后吊销", null, ApiKeyScopes.Read);
        var before = await ReadTownsAsync(secret);

        await Keys.RevokeAsync(Admin, key.Prefix);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (before, await ReadTownsAsync(secret)));
    }

    [Fact]
    public async Task A_town_bound_ingest_key_posting_for_another_town_is_refused_whole()
    {
        var (_, secret) = await Keys.CreateAsync(Admin, "南麻上报", SupervisionWebApplicationFactory.Nanma, ApiKeyScopes.Ingest);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, secret);
        var body = $$"""{"events":[{"id":"x-1","type":"ticket.issued","town":"{{SupervisionWebApplicationFactory.Lishan}}","at":"2020-10-12T09:00:00+08:00","ticket":"A001","category":"综合"}]}""";

        using var response = await client.PostAsync("/api/v1/events", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_read_only_key_cannot_post_events()
    {
        var (_, secret) = await Keys.CreateAsync(Admin, "只读", null, ApiKeyScopes.Read);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, secret);

        using var response = await client.PostAsync("/api/v1/events", new StringContent("{\"events\":[]}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("该 API 密钥无权上报事件。", await response.Content.ReadAsStringAsync());
    }
}
