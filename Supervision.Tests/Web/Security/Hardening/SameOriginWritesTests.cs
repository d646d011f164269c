using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security.Hardening;

/// <summary>
/// Cross-site request forgery: a page on another origin makes the signed-in administrator's browser post
/// to the API. The browser names the origin (Origin, Sec-Fetch-Site); the app refuses such writes.
/// </summary>
public sealed class SameOriginWritesTests(SupervisionWebApplicationFactory.WithAccounts app) : IClassFixture<SupervisionWebApplicationFactory.WithAccounts>
{
    /// <summary>The test server's own origin (TestServer answers as http://localhost).</summary>
    private const string Site = "http://localhost";

    private static HttpRequestMessage Post(string path, string header, string value, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add(header, value);
        return request;
    }

    private static async Task<int> BulletinCountAsync(HttpClient admin) =>
        JsonDocument.Parse(await admin.GetStringAsync("/api/v1/bulletins")).RootElement.GetArrayLength();

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Origin", "http://localhost:8080")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_cross_origin_cookie_post_issues_no_bulletin(string header, string value)
    {
        using var admin = await app.SignInAsync("county-admin");
        var before = await BulletinCountAsync(admin);

        using var response = await admin.SendAsync(Post("/api/v1/bulletins?week=2020-W40", header, value));

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((HttpStatusCode.Forbidden, "application/problem+json", SameOriginWrites.Title),
            (response.StatusCode, response.Content.Headers.ContentType?.MediaType, problem.GetProperty("title").GetString()));
        Assert.Equal(before, await BulletinCountAsync(admin));
    }

    [Theory]
    [InlineData("Origin", Site)]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    public async Task The_same_cookie_post_from_the_site_itself_issues_the_bulletin(string header, string value)
    {
        using var admin = await app.SignInAsync("county-admin");
        var before = await BulletinCountAsync(admin);

        using var response = await admin.SendAsync(Post("/api/v1/bulletins?week=2020-W41", header, value));

        Assert.Equal((HttpStatusCode.Created, before + 1), (response.StatusCode, await BulletinCountAsync(admin)));
    }

    [Theory]
    [InlineData("PUT", "/api/v1/settings")]
    [InlineData("POST", "/account/logout")]
    public async Task Other_cookie_authenticated_writes_from_another_origin_are_refused(string method, string path)
    {
        using var admin = await app.SignInAsync("county-admin");
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent("{\"revision\":1,\"values\":{},\"note\":\"伪造\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/settings")).StatusCode);
    }

    [Fact]
    public async Task An_api_key_post_of_events_from_another_origin_still_works()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, await app.KeySecretAsync(TestApiKeys.IngestNanma));
        client.DefaultRequestHeaders.Add("Origin", "http://evil.example");
        client.DefaultRequestHeaders.Add("Sec-Fetch-Site", "cross-site");
        var body = $$"""{"events":[{"id":"csrf-1","type":"ticket.issued","town":"{{SupervisionWebApplicationFactory.Nanma}}","at":"2020-10-12T09:00:00+08:00","ticket":"A001","category":"综合"}]}""";

        using var response = await client.PostAsync("/api/v1/events", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Reading_from_another_origin_is_not_a_write_and_is_answered()
    {
        using var admin = await app.SignInAsync("county-admin");
        admin.DefaultRequestHeaders.Add("Sec-Fetch-Site", "cross-site");

        using var response = await admin.GetAsync("/api/v1/bulletins");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
