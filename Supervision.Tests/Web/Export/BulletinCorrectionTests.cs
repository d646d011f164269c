namespace Supervision.Tests.Web.Export;

/// <summary>Editing before 印发, then 更正 and 撤回 by the county admin; issued files never change.</summary>
public sealed class BulletinCorrectionTests
{
    private const string Admin = "county-admin";

    [Fact]
    public async Task An_edited_summary_is_issued_as_edited_while_the_generated_text_stays_the_default()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var client = app.CreateClient("inspector");
        var service = app.Services.GetRequiredService<BulletinService>();
        var draft = await service.DraftAsync(Period.Week(2020, 26), new ExportActor("inspector", null), null, CancellationToken.None);

        var issued = await IssueAsync(client, "week=2020-W26", new
        {
            summary = "本周各镇（街道）运行平稳，详见附表。",
            praise = new[] { "南麻街道：服务规范，群众满意" },
            criticism = Array.Empty<string>(),
            signer = "王局长",
        });

        using var workbook = await WorkbookAsync(client, issued);
        var text = SummaryText(workbook);
        Assert.Contains("本周各镇（街道）运行平稳，详见附表。", text, StringComparison.Ordinal);
        Assert.Contains("南麻街道：服务规范，群众满意", text, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Defaults.Summary, text, StringComparison.Ordinal);
        Assert.Equal(draft.Content.Summary, draft.Defaults.Summary);
        var next = await service.DraftAsync(Period.Week(2020, 26), new ExportActor("inspector", null), null, CancellationToken.None);
        Assert.Equal(next.Content.Summary, next.Defaults.Summary);
    }

    [Fact]
    public async Task A_correction_keeps_the_number_marks_the_old_file_superseded_and_never_changes_it()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var inspector = app.CreateClient("inspector");
        using var admin = app.CreateClient(Admin);
        var issued = await IssueAsync(inspector, "week=2020-W26", null);
        var original = await inspector.GetByteArrayAsync(issued.GetProperty("download").GetString());

        using var response = await admin.PostAsJsonAsync("/api/v1/bulletins/2020/1/correction", new { reason = "补录6月26日办件数据" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var corrected = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2020, 1, 1), (corrected.GetProperty("year").GetInt32(), corrected.GetProperty("number").GetInt32(), corrected.GetProperty("revision").GetInt32()));
        Assert.EndsWith("2020年第1期（更正）", corrected.GetProperty("title").GetString(), StringComparison.Ordinal);

        var list = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/bulletins")).EnumerateArray().ToList();
        Assert.Equal([1, 0], list.Select(b => b.GetProperty("revision").GetInt32()));
        Assert.Equal(["issued", "superseded"], list.Select(b => b.GetProperty("state").GetString()));
        Assert.Equal("补录6月26日办件数据", list[1].GetProperty("stateReason").GetString());

        Assert.Equal(original, await inspector.GetByteArrayAsync("/api/v1/bulletins/2020/1.xlsx?revision=0"));
        using var latest = new XLWorkbook(new MemoryStream(await inspector.GetByteArrayAsync("/api/v1/bulletins/2020/1.xlsx")));
        Assert.EndsWith("2020年第1期（更正）", latest.Worksheet("综述").Cell(1, 1).GetString(), StringComparison.Ordinal);
        Assert.Contains("更正原因：补录6月26日办件数据", SummaryText(latest), StringComparison.Ordinal);

        var entries = (await app.Services.GetRequiredService<IAuditLog>()
            .SearchAsync(new AuditQuery(Actor: Admin, Action: AuditActions.Bulletin))).Entries;
        var correction = Assert.Single(entries, e => e.Details!.Contains("更正", StringComparison.Ordinal));
        Assert.Equal("2020年第1期", correction.Target);
        Assert.Contains("补录6月26日办件数据", correction.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_without_a_reason_gets_a_chinese_problem_and_changes_nothing()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var admin = app.CreateClient(Admin);
        await IssueAsync(admin, "week=2020-W26", null);
        var before = await admin.GetStringAsync("/api/v1/bulletins");

        using var response = await admin.PostAsJsonAsync("/api/v1/bulletins/2020/1/correction", new { reason = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请填写更正原因。", problem.GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(before, await admin.GetStringAsync("/api/v1/bulletins"));
    }

    [Fact]
    public async Task Only_the_county_admin_may_correct_or_withdraw_a_bulletin()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var inspector = app.CreateClient("inspector");
        await IssueAsync(inspector, "week=2020-W26", null);
        var before = await inspector.GetStringAsync("/api/v1/bulletins");

        using var correction = await inspector.PostAsJsonAsync("/api/v1/bulletins/2020/1/correction", new { reason = "数据有误" });
        using var withdrawal = await inspector.PostAsJsonAsync("/api/v1/bulletins/2020/1/withdrawal", new { reason = "数据有误" });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (correction.StatusCode, withdrawal.StatusCode));
        Assert.Equal(before, await inspector.GetStringAsync("/api/v1/bulletins"));
    }

    [Fact]
    public async Task A_withdrawn_bulletin_stays_downloadable_marked_withdrawn_and_cannot_be_corrected()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var admin = app.CreateClient(Admin);
        var issued = await IssueAsync(admin, "week=2020-W26", null);
        var original = await admin.GetByteArrayAsync(issued.GetProperty("download").GetString());

        using var withdrawal = await admin.PostAsJsonAsync("/api/v1/bulletins/2020/1/withdrawal", new { reason = "统计口径有误" });
        using var correction = await admin.PostAsJsonAsync("/api/v1/bulletins/2020/1/correction", new { reason = "再次更正" });

        Assert.Equal(HttpStatusCode.OK, withdrawal.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, correction.StatusCode);
        Assert.Contains("已撤回", await correction.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var only = Assert.Single((await admin.GetFromJsonAsync<JsonElement>("/api/v1/bulletins")).EnumerateArray());
        Assert.Equal("withdrawn", only.GetProperty("state").GetString());
        Assert.Equal(original, await admin.GetByteArrayAsync(issued.GetProperty("download").GetString()));
        var entries = (await app.Services.GetRequiredService<IAuditLog>()
            .SearchAsync(new AuditQuery(Actor: Admin, Action: AuditActions.Bulletin))).Entries;
        Assert.Contains(entries, e => e.Details!.Contains("撤回", StringComparison.Ordinal) && e.Details.Contains("统计口径有误", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hall_both_praised_and_criticised_is_refused_in_chinese_and_nothing_is_issued()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var client = app.CreateClient("inspector");

        using var response = await client.PostAsJsonAsync("/api/v1/bulletins?week=2020-W26", new
        {
            praise = new[] { "南麻街道：综合评分第一" },
            criticism = new[] { "南麻街道：按时办结率未达标" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("南麻街道不能同时受到通报表扬和通报批评", problem.GetProperty("errors").GetProperty("criticism")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/v1/bulletins")).EnumerateArray());
    }

    [Fact]
    public async Task Document_fields_are_remembered_from_the_last_issue_and_the_document_number_moves_on()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var client = app.CreateClient("inspector");
        await IssueAsync(client, "week=2020-W25", new
        {
            documentNumber = "源审服字〔2020〕7号", mainRecipients = "各镇人民政府", copyTo = "县政府办公室", signer = "王局长",
        });

        var draft = await app.Services.GetRequiredService<BulletinService>()
            .DraftAsync(Period.Week(2020, 26), new ExportActor("inspector", null), null, CancellationToken.None);

        Assert.Equal(("源审服字〔2020〕8号", "各镇人民政府", "县政府办公室", "王局长"),
            (draft.Defaults.DocumentNumber, draft.Defaults.MainRecipients, draft.Defaults.CopyTo, draft.Defaults.Signer));
    }

    [Fact]
    public async Task Later_data_that_moves_an_issued_period_is_reported_until_it_is_corrected()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var admin = app.CreateClient(Admin);
        await IssueAsync(admin, "week=2020-W26", null);
        var service = app.Services.GetRequiredService<BulletinService>();
        Assert.False(await service.HasMovedAsync((await service.ListAsync(CancellationToken.None))[0], CancellationToken.None));

        await app.IngestJuneAsync();

        var issued = (await service.ListAsync(CancellationToken.None))[0];
        Assert.True(await service.HasMovedAsync(issued, CancellationToken.None));
        Assert.True(issued.DataAsOf <= issued.GeneratedAt);
        using var response = await admin.PostAsJsonAsync("/api/v1/bulletins/2020/1/correction", new { reason = "补录数据" });
        var corrected = (await service.ListAsync(CancellationToken.None))[0];
        Assert.Equal(1, corrected.Revision);
        Assert.False(await service.HasMovedAsync(corrected, CancellationToken.None));
    }

    private static async Task<JsonElement> IssueAsync(HttpClient client, string query, object? body)
    {
        using var response = body is null
            ? await client.PostAsync($"/api/v1/bulletins?{query}", null)
            : await client.PostAsJsonAsync($"/api/v1/bulletins?{query}", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<XLWorkbook> WorkbookAsync(HttpClient client, JsonElement issued) =>
        new(new MemoryStream(await client.GetByteArrayAsync(issued.GetProperty("download").GetString())));

    private static string SummaryText(XLWorkbook workbook) =>
        string.Join("\n", workbook.Worksheet("综述").CellsUsed().Select(c => c.GetString()));
}
