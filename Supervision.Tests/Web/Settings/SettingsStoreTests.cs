using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Settings;

/// <summary>The settings revisions on a database of each test's own, through the real audit log.</summary>
public abstract class SettingsStoreTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly AuditActor Admin = new("county-admin", "192.0.2.10");
    private const string Coverage = "Figures:ScoreWeights:Coverage";
    private const string OnTime = "Figures:ScoreWeights:OnTime";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2020, 10, 9, 2, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private IAuditLog Audit => new AuditLog(_database.ContextFactory, _clock);

    private SettingsStore Store(params (string Key, string Value)[] configuration) => new(
        _database.ContextFactory, Audit, _clock,
        new ConfigurationBuilder().AddInMemoryCollection(configuration.Select(c => new KeyValuePair<string, string?>(c.Key, c.Value))).Build(),
        NullLogger<SettingsStore>.Instance);

    private async Task<SettingsStore> LoadedAsync()
    {
        var store = Store();
        await store.LoadAsync();
        return store;
    }

    private static SupervisionSettings MoreOnTime(SupervisionSettings from) => from.With(Coverage, 0.10m).With(OnTime, 0.30m);

    [DatabaseFact]
    public async Task The_first_load_seeds_revision_one_with_the_documented_defaults()
    {
        var store = await LoadedAsync();

        Assert.Equal(1, store.Current.Revision);
        Assert.Equal(SupervisionSettings.Default.ToValues(), store.Current.Settings.ToValues());
    }

    [DatabaseFact]
    public async Task Appsettings_values_override_the_defaults_at_the_first_seed()
    {
        var store = Store(("Activity:ReviewRectifyDays", "10"));
        await store.LoadAsync();

        Assert.Equal(10, store.Current.Settings.Activity.ReviewRectifyDays);
    }

    [DatabaseFact]
    public async Task Appsettings_no_longer_override_once_a_revision_exists()
    {
        await (await LoadedAsync()).SaveAsync(Admin, 1, SupervisionSettings.Default.With("Activity:ReviewRectifyDays", 7m), "依据 2020 年第 3 次局务会");

        var restarted = Store(("Activity:ReviewRectifyDays", "10"));
        await restarted.LoadAsync();

        Assert.Equal(7, restarted.Current.Settings.Activity.ReviewRectifyDays);
    }

    [DatabaseFact]
    public async Task A_saved_revision_reads_back_unchanged_after_a_restart()
    {
        var saved = MoreOnTime(SupervisionSettings.Default).With("Figures:Targets:MeanWaitMinutesMax", 12.5m);
        await (await LoadedAsync()).SaveAsync(Admin, 1, saved, "提高按时办结权重");

        var restarted = await LoadedAsync();

        Assert.Equal(2, restarted.Current.Revision);
        Assert.Equal(saved.ToValues(), restarted.Current.Settings.ToValues());
    }

    [DatabaseFact]
    public async Task A_targets_applicability_is_stored_with_the_revision_audited_and_in_force_after_a_restart()
    {
        var store = await LoadedAsync();
        var next = store.Current.Settings.With(OnTime, store.Current.Settings.Weights.OnTime);
        next.Targets.SetApplicability(TargetKey.Coverage, new TargetApplicability(TargetHalls.Towns, ["370323001", "370323101"], new DateOnly(2020, 12, 1)));

        await store.SaveAsync(Admin, 1, next, "覆盖率目标推广至悦庄镇");
        var restarted = await LoadedAsync();

        Assert.Equal(next.Targets.Applicability(TargetKey.Coverage), restarted.Current.Settings.Targets.Applicability(TargetKey.Coverage));
        Assert.Equal(TargetApplicability.Everywhere, restarted.Current.Settings.Targets.Applicability(TargetKey.OnTime));
        var entry = (await Audit.SearchAsync(new AuditQuery(Actor: "county-admin", Action: AuditActions.ConfigurationChanged))).Entries.Single();
        Assert.Contains("一窗受理事项覆盖率目标适用范围", entry.Details);
        Assert.Contains("指定镇街：370323001、370323101（自2020-12-01起）", entry.Details);
    }

    [DatabaseFact]
    public async Task A_save_puts_the_new_values_in_force_and_notifies_subscribers()
    {
        var store = await LoadedAsync();
        SettingsSnapshot? notified = null;
        store.Changed += s => notified = s;

        await store.SaveAsync(Admin, 1, MoreOnTime(store.Current.Settings), "提高按时办结权重");

        Assert.Equal((2, 0.30m), (store.Current.Revision, store.Current.Calculator.Weights.OnTime));
        Assert.Same(store.Current, notified);
    }

    [DatabaseFact]
    public async Task Every_save_writes_a_configuration_audit_entry_with_the_note_and_the_changed_fields()
    {
        var store = await LoadedAsync();

        await store.SaveAsync(Admin, 1, MoreOnTime(store.Current.Settings), "提高按时办结权重");
        await store.SaveAsync(Admin, 2, store.Current.Settings.With("Activity:LateReviewDays", 3m), "补评时限改为 3 天");

        var entries = (await Audit.SearchAsync(new AuditQuery(Actor: "county-admin", Action: AuditActions.ConfigurationChanged))).Entries;
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((SettingsStore.AuditTarget, "192.0.2.10"), (e.Target, e.Ip)));
        Assert.Contains("\"note\":\"补评时限改为 3 天\"", entries[0].Details);
        Assert.Contains("\"name\":\"补评时限\",\"from\":\"5 个工作日\",\"to\":\"3 个工作日\"", entries[0].Details);
        Assert.Contains("\"from\":\"20%\",\"to\":\"30%\"", entries[1].Details);
    }

    [DatabaseFact]
    public async Task A_save_without_a_note_is_refused_and_writes_nothing()
    {
        var store = await LoadedAsync();

        var error = await Assert.ThrowsAsync<SettingsValidationException>(() =>
            store.SaveAsync(Admin, 1, MoreOnTime(store.Current.Settings), "  "));

        Assert.Equal("请填写修改说明。", Assert.Single(error.Errors).Message);
        Assert.Single(await store.HistoryAsync());
        Assert.Equal(0, (await Audit.SearchAsync(new AuditQuery(Actor: "county-admin"))).Total);
    }

    [DatabaseFact]
    public async Task Invalid_values_are_refused_and_the_settings_in_force_stay()
    {
        var store = await LoadedAsync();

        var error = await Assert.ThrowsAsync<SettingsValidationException>(() =>
            store.SaveAsync(Admin, 1, store.Current.Settings.With(Coverage, 0.5m), "覆盖率权重提到 50%"));

        Assert.Equal("Figures:ScoreWeights", Assert.Single(error.Errors).Field);
        Assert.Equal(1, store.Current.Revision);
        Assert.Single(await store.HistoryAsync());
    }

    [DatabaseFact]
    public async Task A_save_from_a_revision_someone_else_has_replaced_is_refused()
    {
        var store = await LoadedAsync();
        await store.SaveAsync(Admin, 1, MoreOnTime(store.Current.Settings), "第一位管理员");

        var error = await Assert.ThrowsAsync<SettingsValidationException>(() =>
            store.SaveAsync(Admin, 1, SupervisionSettings.Default.With("Activity:LateReviewDays", 3m), "第二位管理员"));

        Assert.Equal("配置已被其他管理员修改（当前为第 2 版），请刷新页面后重新修改。", error.Message);
    }

    [DatabaseFact]
    public async Task A_save_that_changes_nothing_is_refused()
    {
        var store = await LoadedAsync();

        var error = await Assert.ThrowsAsync<SettingsValidationException>(() =>
            store.SaveAsync(Admin, 1, SupervisionSettings.Default, "无变化"));

        Assert.Equal("没有修改任何配置项。", error.Message);
    }

    [DatabaseFact]
    public async Task The_history_lists_revisions_newest_first_with_who_when_why_and_what_changed()
    {
        var store = await LoadedAsync();
        _clock.Advance(TimeSpan.FromHours(1));
        await store.SaveAsync(Admin, 1, MoreOnTime(store.Current.Settings), "提高按时办结权重");

        var history = await store.HistoryAsync();

        Assert.Equal([2, 1], history.Select(h => h.Revision));
        Assert.Equal(("county-admin", "提高按时办结权重", _clock.GetUtcNow()), (history[0].ChangedBy, history[0].Note, history[0].ChangedAt));
        Assert.Equal([Coverage, OnTime], history[0].Changes.Select(c => c.Field));
        Assert.Equal((null, SettingsStore.SeedNote), (history[1].ChangedBy, history[1].Note));
    }
}

public sealed class SqliteSettingsStoreTests() : SettingsStoreTests(DatabaseProvider.Sqlite);

public sealed class PostgresSettingsStoreTests() : SettingsStoreTests(DatabaseProvider.Postgres), IUsesPostgres;
