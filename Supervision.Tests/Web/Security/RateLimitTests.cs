using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Security;

public sealed class RateLimitTests(RateLimitTests.Fixture app) : IClassFixture<RateLimitTests.Fixture>
{
    public sealed class Fixture : SupervisionWebApplicationFactory.WithAccounts
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings() => base.Settings().Concat(
        [
            new("Security:SignInPermitsPerMinute", "3"),
            new("Security:IngestPermitsPerMinute", "2"),
        ]);
    }

    [Fact]
    public async Task The_fourth_sign_in_post_within_a_minute_gets_429_with_retry_after()
    {
        using var browser = app.CreateBrowser();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "nobody", "wrong-password-1");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var response = await SupervisionWebApplicationFactory.PostLoginAsync(browser, "nobody", "wrong-password-1");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(response.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Contains("登录尝试过于频繁", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ingestion_beyond_the_per_key_limit_gets_429_problem_json_with_retry_after()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, await app.KeySecretAsync(TestApiKeys.IngestNanma));
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await client.PostAsync("/api/v1/events", new StringContent("{\"events\":[]}", System.Text.Encoding.UTF8, "application/json"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var response = await client.PostAsync("/api/v1/events", new StringContent("{\"events\":[]}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode.TooManyRequests, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Another_key_has_its_own_allowance()
    {
        using var first = app.CreateClient();
        first.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, await app.KeySecretAsync(TestApiKeys.ReadNanma));
        for (var i = 0; i < 3; i++)
        {
            using var _ = await first.PostAsync("/api/v1/events", new StringContent("{\"events\":[]}", System.Text.Encoding.UTF8, "application/json"));
        }
        using var second = app.CreateClient();
        second.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, await app.KeySecretAsync(TestApiKeys.ReadCounty));

        using var response = await second.PostAsync("/api/v1/events", new StringContent("{\"events\":[]}", System.Text.Encoding.UTF8, "application/json"));

        Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
    }
}
