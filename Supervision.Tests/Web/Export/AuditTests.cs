namespace Supervision.Tests.Web.Export;

public sealed class AuditTests
{
    [Fact]
    public async Task Issuing_and_downloading_a_bulletin_are_both_in_the_audit_log()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var client = app.CreateClient("inspector");
        using var issued = await client.PostAsync("/api/v1/bulletins?week=2020-W26", null);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var download = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("download").GetString();
        (await client.GetAsync(download)).Dispose();

        var entries = (await app.Services.GetRequiredService<IAuditLog>()
            .SearchAsync(new AuditQuery(Actor: "inspector", Action: AuditActions.Bulletin))).Entries;

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal("2020年第1期", e.Target));
        Assert.Contains(entries, e => e.Details!.Contains("印发", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Details!.Contains("下载", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_table_export_is_in_the_audit_log_with_its_scope_and_period()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var client = app.CreateClient("leader-nanma");
        (await client.GetAsync("/api/v1/exports/cases.xlsx?town=370323001&period=2020-06")).Dispose();

        var entry = Assert.Single((await app.Services.GetRequiredService<IAuditLog>()
            .SearchAsync(new AuditQuery(Actor: "leader-nanma", Action: AuditActions.Export))).Entries);

        Assert.Equal("town:370323001", entry.Target);
        Assert.Contains("2020-06", entry.Details, StringComparison.Ordinal);
        Assert.Contains("cases.xlsx", entry.Details, StringComparison.Ordinal);
    }
}
