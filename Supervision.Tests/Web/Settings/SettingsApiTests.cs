using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Settings;

public sealed class SettingsApiTests(SupervisionWebApplicationFactory.WithAccounts app) : IClassFixture<SupervisionWebApplicationFactory.WithAccounts>
{
    private const string Path = ApiRoutes.Settings;

    private int Revision => app.Services.GetRequiredService<ISettingsProvider>().Current.Revision;

    private static object Update(int revision, string? note, params (string Key, decimal Value)[] values) =>
        new { revision, note, values = values.ToDictionary(v => v.Key, v => v.Value) };

    [Fact]
    public async Task An_admin_saves_changed_values_and_gets_the_next_revision_back()
    {
        using var admin = await app.SignInAsync("county-admin");
        var revision = Revision;

        using var response = await admin.PutAsJsonAsync(Path,
            Update(revision, "排队预警阈值调整为 20 分钟", ("Figures:Targets:QueueAlertWaitMinutes", 20m)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(revision + 1, body.GetProperty("revision").GetInt32());
        Assert.Equal(20m, body.GetProperty("values").GetProperty("Figures:Targets:QueueAlertWaitMinutes").GetDecimal());
    }

    [Fact]
    public async Task A_save_through_the_api_is_audited_with_the_admin_as_actor()
    {
        using var admin = await app.SignInAsync("county-admin");

        using var response = await admin.PutAsJsonAsync(Path, Update(Revision, "补评时限调整", ("Activity:LateReviewDays", 4m)));

        var audit = app.Services.GetRequiredService<IAuditLog>();
        var entry = (await audit.SearchAsync(new AuditQuery(Actor: "county-admin", Action: AuditActions.ConfigurationChanged))).Entries[0];
        Assert.Contains("\"note\":\"补评时限调整\"", entry.Details);
    }

    [Fact]
    public async Task Invalid_values_come_back_as_problem_json_with_a_chinese_message_per_field()
    {
        using var admin = await app.SignInAsync("county-admin");

        using var response = await admin.PutAsJsonAsync(Path, Update(Revision, "错误的时限", ("Activity:ComplaintRespondDays", 0m)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("“投诉响应时限”至少为 1 个工作日，当前为 0 个工作日。", errors.GetProperty("Activity:ComplaintRespondDays")[0].GetString());
    }

    [Fact]
    public async Task A_save_without_a_note_comes_back_as_problem_json()
    {
        using var admin = await app.SignInAsync("county-admin");

        using var response = await admin.PutAsJsonAsync(Path, Update(Revision, null, ("Activity:LateReviewDays", 3m)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写修改说明。", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_inspector_is_forbidden_to_change_settings()
    {
        using var inspector = await app.SignInAsync("inspector");

        using var response = await inspector.PutAsJsonAsync(Path, Update(Revision, "越权", ("Activity:LateReviewDays", 3m)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_read_key_cannot_change_settings()
    {
        using var client = app.CreateBrowser();
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, await app.KeySecretAsync(TestApiKeys.ReadCounty));

        using var response = await client.PutAsJsonAsync(Path, Update(Revision, "越权", ("Figures:Targets:RefusalViolationsMax", 7m)));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.NotEqual(7, app.Services.GetRequiredService<ISettingsProvider>().Current.Settings.Targets.RefusalViolationsMax);
    }
}
