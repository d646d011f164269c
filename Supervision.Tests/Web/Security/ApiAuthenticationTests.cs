using Microsoft.AspNetCore.Mvc.Testing;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security;

public sealed class ApiAuthenticationTests(SupervisionWebApplicationFactory.WithAccounts app) : IClassFixture<SupervisionWebApplicationFactory.WithAccounts>
{
    private async Task<(HttpStatusCode Status, string? Type, string Title)> GetAsync(string path, string? key)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, key.StartsWith("sv_not", StringComparison.Ordinal) ? key : await app.KeySecretAsync(key));
        }
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        var title = body.StartsWith('{') ? JsonDocument.Parse(body).RootElement.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "" : "";
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, title);
    }

    [Fact]
    public async Task A_revoked_key_gets_401_saying_it_was_revoked()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, "application/problem+json", "API 密钥已吊销"), await GetAsync("/api/v1/towns", TestApiKeys.Revoked));
    }

    [Fact]
    public async Task An_unknown_key_gets_401_saying_it_is_invalid()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, "application/problem+json", "API 密钥无效"), await GetAsync("/api/v1/towns", "sv_not_a_key"));
    }

    [Fact]
    public async Task An_api_call_without_credentials_gets_401_problem_json_not_a_login_redirect()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, "application/problem+json", "未登录"), await GetAsync("/api/v1/towns", null));
    }

    [Fact]
    public async Task A_live_hub_request_without_sign_in_gets_401_not_a_login_redirect()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/hubs/live/negotiate", null)).Status);
    }

    [Fact]
    public async Task A_town_bound_read_key_lists_only_its_own_town()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, await app.KeySecretAsync(TestApiKeys.ReadNanma));

        using var towns = JsonDocument.Parse(await client.GetStringAsync("/api/v1/towns"));

        Assert.Equal([SupervisionWebApplicationFactory.Nanma], towns.RootElement.EnumerateArray().Select(t => t.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_town_leader_lists_only_the_own_town_through_the_api()
    {
        using var browser = await app.SignInAsync("leader-nanma");

        using var towns = JsonDocument.Parse(await browser.GetStringAsync("/api/v1/towns"));

        Assert.Equal([SupervisionWebApplicationFactory.Nanma], towns.RootElement.EnumerateArray().Select(t => t.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_key_on_a_page_does_not_sign_anybody_in()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync("/", TestApiKeys.ReadCounty)).Status);
    }

    private async Task<HttpStatusCode> GetWithAsync(string path, Action<HttpRequestMessage> credentials)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        credentials(request);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_read_key_sent_as_a_bearer_token_reads_like_the_header()
    {
        var secret = await app.KeySecretAsync(TestApiKeys.ReadNanma);

        var own = await GetWithAsync($"/api/v1/towns/{SupervisionWebApplicationFactory.Nanma}", r => r.Headers.Authorization = new("Bearer", secret));
        var other = await GetWithAsync($"/api/v1/towns/{SupervisionWebApplicationFactory.Lishan}", r => r.Headers.Authorization = new("Bearer", secret));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (own, other));
    }

    [Fact]
    public async Task A_revoked_key_cannot_open_the_live_hub()
    {
        var secret = await app.KeySecretAsync(TestApiKeys.Revoked);

        Assert.Equal(HttpStatusCode.Unauthorized, await GetWithAsync($"/hubs/live/negotiate?negotiateVersion=1&access_token={secret}", r => r.Method = HttpMethod.Post));
    }

    [Fact]
    public async Task The_access_token_query_parameter_opens_the_hub_only()
    {
        var secret = await app.KeySecretAsync(TestApiKeys.ReadCounty);

        var hub = await GetWithAsync($"/hubs/live/negotiate?negotiateVersion=1&access_token={secret}", r => r.Method = HttpMethod.Post);
        var api = await GetWithAsync($"/api/v1/towns?access_token={secret}", _ => { });

        // Keys in API addresses would end up in access logs; SignalR's WebSocket transport has no other way.
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (hub, api));
    }
}
