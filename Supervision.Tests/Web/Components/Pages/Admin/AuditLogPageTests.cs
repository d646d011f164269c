using System.Text.Encodings.Web;
using Supervision.Domain.Reference;
using Supervision.Tests.Web.Components.Fakes;
using Supervision.Web.Components.Pages.Admin;
using AuditLogPage = Supervision.Web.Components.Pages.Admin.AuditLog;

namespace Supervision.Tests.Web.Components.Pages.Admin;

/// <summary>
/// The audit log page reads as Chinese sentences: one entry of every action kind the app writes (details of
/// the shape its writer stores; exports and bulletins through the real export audit), none shown as JSON.
/// </summary>
public sealed class AuditLogPageTests : MudComponentTest
{
    private const string Nanma = "370323001";
    private static readonly DateTimeOffset At = new(2020, 10, 12, 9, 30, 0, TimeSpan.FromHours(8));

    // As the audit log stores details: web defaults (camelCase), Chinese unescaped.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly RecordingAuditLog _log = new();

    public AuditLogPageTests()
    {
        Context.Services.AddSingleton<IAuditLog>(_log);
        Context.Services.AddSingleton<IFigureQueries>(new FakeFigureQueries());
    }

    private static string OnTimeKey => $"{FigureTargets.SectionName}:OnTimeMin";

    private static IEnumerable<(string Action, string? Target, object? Details)> Written()
    {
        var before = SupervisionSettings.Default.With(OnTimeKey, 0.98m);
        var deadline = new DateTimeOffset(2020, 10, 15, 17, 30, 0, TimeSpan.FromHours(8));
        return
        [
            (AuditActions.SignIn, "admin", null), (AuditActions.SignInFailed, "admin", null), (AuditActions.SignInLockedOut, "admin", null),
            (AuditActions.SignInDisabled, "old-user", null), (AuditActions.SignOut, "admin", null),
            (AuditActions.UserCreated, "leader-nanma", new { role = SupervisionRoles.TownLeader, town = Nanma, displayName = "张三" }),
            (AuditActions.UserDisabled, "leader-nanma", null), (AuditActions.UserEnabled, "leader-nanma", null), (AuditActions.UserPasswordReset, "leader-nanma", null),
            (AuditActions.ApiKeyCreated, "apikey:3", new { name = "南麻大厅系统", town = Nanma, scopes = (ApiKeyScopes.Ingest | ApiKeyScopes.Read).ToString(), prefix = "sv_ab12" }),
            (AuditActions.ApiKeyRevoked, "apikey:3", new { name = "南麻大厅系统", prefix = "sv_ab12" }),
            (AuditActions.ConfigurationChanged, "settings", new { revision = 3, note = "县局会议决定提高目标", changes = before.With(OnTimeKey, 0.99m).ChangesFrom(before) }),
            (AuditActions.CalendarImported, "2021", new { source = "holidays-2021.csv", offDays = 33, workdays = 6 }),
            (ManagementActions.ItemStationingChanged, $"{Nanma}/RS-002",
                new { EffectiveFrom = new DateOnly(2020, 10, 1), Stationed = true, OneWindowEnabled = true, PreviouslyStationed = true, PreviouslyEnabled = false }),
            (ManagementActions.PilotProgressRecorded, $"{Nanma}/P1-01", new { Status = PilotTaskStatus.Done, CompletedOn = (DateOnly?)new DateOnly(2020, 9, 30), Note = "已完成窗口改造" }),
            (ManagementActions.PilotEvaluationRecorded, Nanma, new { Result = PilotEvaluationResult.Passed, EvaluatedOn = new DateOnly(2020, 12, 20), Evaluator = "县局验收组", Note = (string?)null }),
            (ManagementActions.PilotStandingChanged, "370323101",
                new { Before = new { IsPilot = false, RolloutDate = (DateOnly?)null }, After = new { IsPilot = false, RolloutDate = (DateOnly?)new DateOnly(2021, 1, 1) } }),
            (OrderActions.Raised, $"{Nanma}/督办〔2020〕1号",
                new { Source = OrderSource.RedCard, Subject = "case:C-1", Problem = "办件超期未办结", Requirement = "三个工作日内办结", DeadlineDays = 3, Deadline = deadline }),
            (OrderActions.Signed, $"{Nanma}/督办〔2020〕1号", new { State = OrderState.Rectifying }),
            (OrderActions.Answered, $"{Nanma}/督办〔2020〕1号", new { Measures = "已办结并约谈窗口人员", Evidence = new[] { new { Name = "整改通知.pdf", Length = 2048 } } }),
            (OrderActions.Returned, $"{Nanma}/督办〔2020〕1号", new { ReturnReason = "缺少办结凭证", ReturnCount = 1 }),
            (OrderActions.Closed, $"{Nanma}/督办〔2020〕1号", new { ClosedOnTime = true }),
            (OrderActions.EvidenceDownloaded, $"{Nanma}/督办〔2020〕1号", new { Id = 5L, FileName = "整改通知.pdf", Sha256 = "ab12cd34" }),
        ];
    }

    /// <summary>Every kind: the ones above, then exports and bulletins as the export audit writes them.</summary>
    private async Task WriteEveryKindAsync()
    {
        foreach (var (action, target, details) in Written())
        {
            await _log.WriteAsync(new AuditActor("admin", "127.0.0.1"), action, target, details);
        }
        var exports = new AuditLogExportAudit(_log);
        var actor = new ExportActor("admin", "127.0.0.1");
        await exports.TableExportedAsync(actor, "cases", $"town:{Nanma}", "2020-W41", $"?period=2020-W41&town={Nanma}&status=late", CancellationToken.None);
        await exports.TableExportedAsync(actor, "meeting-pack", $"town:{Nanma}", "2020-W41", "?period=2020-W41", CancellationToken.None);
        var bulletin = new BulletinAuditInfo(2020, 3, "2020-10", "county", "沂源县一窗受理改革试点工作通报（2020年10月）");
        await exports.BulletinIssuedAsync(actor, bulletin, CancellationToken.None);
        await exports.BulletinDownloadedAsync(actor, bulletin, CancellationToken.None);
        await exports.BulletinCorrectedAsync(actor, bulletin with { Revision = 1 }, bulletin, "南麻街道受理件数有误", CancellationToken.None);
        await exports.BulletinWithdrawnAsync(actor, bulletin with { Revision = 1 }, "数据口径调整", CancellationToken.None);
    }

    private async Task<IRenderedComponent<AuditLogPage>> RenderLogAsync()
    {
        await WriteEveryKindAsync();
        Context.Render<MudPopoverProvider>();
        var cut = Context.Render<AuditLogPage>();
        cut.WaitForAssertion(() => Assert.Equal(_log.Entries.Count, cut.FindAll("td.audit-details").Count));
        return cut;
    }

    private static string DetailsOf(IRenderedComponent<AuditLogPage> cut, string text) =>
        cut.FindAll("td.audit-details").Select(td => td.TextContent.Trim()).Single(t => t.Contains(text, StringComparison.Ordinal));

    [Fact]
    public async Task Every_action_kind_the_app_writes_is_in_this_test()
    {
        await WriteEveryKindAsync();

        Assert.Equal(AuditActions.All.Select(a => a.Action).Order(), _log.Entries.Select(e => e.Action).Distinct().Order());
    }

    [Fact]
    public async Task No_entry_shows_braces_or_quotes_and_every_entry_with_details_reads_as_text()
    {
        var cut = await RenderLogAsync();

        var rows = cut.FindAll("tr").Where(tr => tr.QuerySelector("td.audit-details") is not null).ToList();
        Assert.Equal(_log.Entries.Count, rows.Count);
        foreach (var (entry, row) in _log.Entries.OrderByDescending(e => e.Id).Zip(rows))
        {
            var details = row.QuerySelector("td.audit-details")!.TextContent.Trim();
            Assert.True(details.IndexOfAny(['{', '}', '"']) < 0, $"{entry.Action} 的详情不应是 JSON：{details}");
            Assert.Equal(entry.Details is null, details.Length == 0);
            var target = row.QuerySelector("td.audit-target")!.TextContent;
            Assert.DoesNotContain("town:", target, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_changed_target_reads_as_the_target_before_and_after()
    {
        var cut = await RenderLogAsync();

        Assert.Equal("第 3 版：修改目标：按时办结率 ≥ 98% → ≥ 99%；说明：县局会议决定提高目标", DetailsOf(cut, "按时办结率"));
    }

    [Fact]
    public async Task An_export_reads_as_the_list_the_town_the_week_and_its_filters()
    {
        var cut = await RenderLogAsync();

        Assert.Equal("办件清单，南麻街道，2020年第41周（10月5日—10月11日），状态：超期办结", DetailsOf(cut, "办件清单"));
        Assert.Equal("周调度会材料，南麻街道，2020年第41周（10月5日—10月11日）", DetailsOf(cut, "周调度会材料"));
    }

    [Fact]
    public async Task Names_enums_and_dates_are_shown_in_chinese()
    {
        var cut = await RenderLogAsync();

        Assert.Equal("角色：镇街领导，镇街：南麻街道，姓名：张三", DetailsOf(cut, "张三"));
        Assert.Equal("名称：南麻大厅系统，镇街：南麻街道，权限：上报事件、读取数据，密钥前缀：sv_ab12", DetailsOf(cut, "权限"));
        Assert.Equal("自2020年10月1日起：进驻、未纳入一窗 → 进驻、纳入一窗", DetailsOf(cut, "起："));
        Assert.Equal("试点：否 → 否；推广日期：无 → 2021年1月1日", DetailsOf(cut, "推广日期"));
        Assert.Equal("状态：整改中", DetailsOf(cut, "整改中"));
        Assert.Equal("整改措施：已办结并约谈窗口人员；证明材料：整改通知.pdf（2 KB）", DetailsOf(cut, "整改措施"));
        Assert.Equal("更正：沂源县一窗受理改革试点工作通报（2020年10月），第 1 次更正，原因：南麻街道受理件数有误", DetailsOf(cut, "原因：南麻街道受理件数有误"));
        Assert.Contains("来源：红牌办件", DetailsOf(cut, "红牌办件"), StringComparison.Ordinal);
        Assert.Contains("验收结果：通过", DetailsOf(cut, "验收结果"), StringComparison.Ordinal);
        Assert.Contains("南麻街道 督办〔2020〕1号", cut.FindAll("td.audit-target").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void Details_of_an_unknown_kind_read_as_labelled_pairs_without_braces()
    {
        var entry = new AuditEntry
        {
            Action = "future.kind", At = At,
            Details = JsonSerializer.Serialize(new { isPilot = true, before = new { town = Nanma, rolloutDate = "2021-01-01" }, files = new[] { "a.pdf", "b.pdf" } }, Json),
        };

        var text = AuditText.Details(entry, code => code == Nanma ? "南麻街道" : code);

        Assert.Equal("试点：是，修改前：（镇街：南麻街道，推广日期：2021年1月1日），files：a.pdf、b.pdf", text);
    }

    /// <summary>Keeps what is written, newest first when searched, as the real log does.</summary>
    private sealed class RecordingAuditLog : IAuditLog
    {
        public List<AuditEntry> Entries { get; } = [];

        public Task WriteAsync(AuditActor actor, string action, string? target, object? details = null, CancellationToken cancellationToken = default)
        {
            Entries.Add(new AuditEntry
            {
                Id = Entries.Count + 1, At = At.AddMinutes(Entries.Count), Actor = actor.Name, Action = action, Target = target, Ip = actor.Ip,
                Details = details is null ? null : JsonSerializer.Serialize(details, Json),
            });
            return Task.CompletedTask;
        }

        public Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
            Task.FromResult(new AuditPage(Entries.OrderByDescending(e => e.Id).ToList(), Entries.Count));
    }
}
