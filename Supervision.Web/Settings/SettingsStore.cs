using Microsoft.EntityFrameworkCore;
using Supervision.Web.Common;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Queries.Settings;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Settings;

/// <summary>
/// The settings revisions and the <see cref="ISettingsProvider"/> over them. Loaded once at start-up
/// (seeding revision 1 from the documented defaults, overridden by appsettings, on first run); a save
/// validates, appends the next revision, writes the audit entry and puts the new values in force.
/// </summary>
public sealed class SettingsStore(
    IDbContextFactory<SupervisionDbContext> contexts,
    IAuditLog audit,
    TimeProvider time,
    IConfiguration configuration,
    ILogger<SettingsStore> logger) : ISettingsProvider
{
    /// <summary>The audit entry's target for every settings change.</summary>
    public const string AuditTarget = "settings";

    public const string SeedNote = "初始配置（文档默认值，appsettings 中的同名配置优先）";

    private readonly Lock _publishLock = new();
    private SettingsSnapshot? _current;

    public SettingsSnapshot Current => Volatile.Read(ref _current)
        ?? throw new InvalidOperationException("配置尚未加载：启动时应先调用 InitialiseSettingsAsync。");

    public event Action<SettingsSnapshot>? Changed;

    /// <summary>Puts the latest stored revision in force, seeding revision 1 when there is none.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = await LatestAsync(db, cancellationToken);
        if (latest is null)
        {
            await SeedAsync(db, cancellationToken);
            latest = await LatestAsync(db, cancellationToken);
        }
        // The refresher asks every few seconds: nothing newer is the usual answer, and needs no parse or calculator.
        if (Volatile.Read(ref _current) is { } current && current.Revision >= latest!.Revision)
        {
            return;
        }
        Publish(new SettingsSnapshot(latest!.Revision, SettingsJson.Read(latest.Values)));
    }

    /// <summary>
    /// Saves <paramref name="next"/> as the revision after <paramref name="baseRevision"/> (the one the
    /// administrator edited) and puts it in force.
    /// </summary>
    /// <exception cref="SettingsValidationException">Invalid values, no 修改说明, nothing changed, or someone saved in between.</exception>
    public async Task<SettingsSnapshot> SaveAsync(
        AuditActor actor, int baseRevision, SupervisionSettings next, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(next);
        var errors = next.Validate().ToList();
        note = note?.Trim();
        if (string.IsNullOrEmpty(note))
        {
            errors.Add(new SettingError(SettingsValidationException.General, "请填写修改说明。"));
        }
        else if (note.Length > Data.Configurations.ColumnLengths.Note)
        {
            errors.Add(new SettingError(SettingsValidationException.General, $"修改说明不能超过 {Data.Configurations.ColumnLengths.Note} 个字符。"));
        }
        if (errors.Count > 0)
        {
            throw new SettingsValidationException(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = await LatestAsync(db, cancellationToken) ?? throw new InvalidOperationException("配置尚未初始化。");
        if (latest.Revision != baseRevision)
        {
            throw Stale(latest.Revision);
        }
        var changes = next.ChangesFrom(SettingsJson.Read(latest.Values));
        if (changes.Count == 0)
        {
            throw SettingsValidationException.Of("没有修改任何配置项。");
        }

        var revision = new SettingsRevision
        {
            Revision = latest.Revision + 1,
            Values = SettingsJson.Write(next),
            ChangedBy = actor.Name,
            ChangedAt = time.GetUtcNow(),
            Note = note!,
        };
        db.Add(revision);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save took this revision number first.
            throw Stale(revision.Revision);
        }
        // The revision row already names who, when and why; the audit entry adds the field diff for the log page.
        await audit.WriteAsync(actor, AuditActions.ConfigurationChanged, AuditTarget,
            new { revision = revision.Revision, note = revision.Note, changes }, cancellationToken);

        var snapshot = new SettingsSnapshot(revision.Revision, next);
        Publish(snapshot);
        return snapshot;
    }

    /// <summary>Every revision, newest first, each with what changed against the one before.</summary>
    public async Task<IReadOnlyList<SettingsHistoryEntry>> HistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<SettingsRevision>().AsNoTracking().OrderBy(r => r.Revision).ToListAsync(cancellationToken);
        var history = new List<SettingsHistoryEntry>(rows.Count);
        SupervisionSettings? before = null;
        foreach (var row in rows)
        {
            var settings = SettingsJson.Read(row.Values);
            history.Add(new SettingsHistoryEntry(row.Revision, row.ChangedAt, row.ChangedBy, row.Note, settings,
                before is null ? [] : settings.ChangesFrom(before)));
            before = settings;
        }
        history.Reverse();
        return history;
    }

    private static SettingsValidationException Stale(int revision) =>
        SettingsValidationException.Of($"配置已被其他管理员修改（当前为第 {revision} 版），请刷新页面后重新修改。");

    private static Task<SettingsRevision?> LatestAsync(SupervisionDbContext db, CancellationToken cancellationToken) =>
        db.Set<SettingsRevision>().AsNoTracking().OrderByDescending(r => r.Revision).FirstOrDefaultAsync(cancellationToken);

    private async Task SeedAsync(SupervisionDbContext db, CancellationToken cancellationToken)
    {
        var seed = FromConfiguration();
        db.Add(new SettingsRevision
        {
            Revision = 1,
            Values = SettingsJson.Write(seed),
            ChangedAt = time.GetUtcNow(),
            Note = SeedNote,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance seeded at the same moment; its revision 1 is as good as ours.
            db.ChangeTracker.Clear();
            return;
        }
        await audit.WriteAsync(AuditActor.System, AuditActions.ConfigurationChanged, AuditTarget,
            new { revision = 1, note = SeedNote }, cancellationToken);
        logger.LogInformation("已写入初始配置（第 1 版）。");
    }

    /// <summary>Defaults, overridden by any field given in configuration under its key (e.g. <c>Activity:ReviewRectifyDays</c>).</summary>
    private SupervisionSettings FromConfiguration()
    {
        var values = SupervisionSettings.Default.ToValues().ToDictionary(StringComparer.Ordinal);
        foreach (var field in SettingFields.All)
        {
            if (configuration[field.Key] is not { Length: > 0 } raw)
            {
                continue;
            }
            values[field.Key] = decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new InvalidConfigurationException([ValidatedOptions.Invalid(field.Key, raw, "应为数字")]);
        }
        var settings = SupervisionSettings.FromValues(values, out var errors);
        errors = [.. errors, .. settings.Validate()];
        return errors.Count == 0
            ? settings
            : throw new InvalidConfigurationException(errors.Select(e => $"配置 {e.Field} 无效：{e.Message}"));
    }

    private void Publish(SettingsSnapshot snapshot)
    {
        lock (_publishLock)
        {
            // A slower save or reload must not put an older revision back in force.
            if (_current is not null && _current.Revision >= snapshot.Revision)
            {
                return;
            }
            Volatile.Write(ref _current, snapshot);
        }
        // The revision is saved and in force; a failing subscriber must not turn that into an error for the saver.
        foreach (var handler in Changed?.GetInvocationList().Cast<Action<SettingsSnapshot>>() ?? [])
        {
            try
            {
                handler(snapshot);
            }
            catch (Exception e)
            {
                logger.LogError(e, "配置变更通知处理失败");
            }
        }
    }
}

/// <summary>One revision for the history table: who, when, why, the values and the fields changed from the revision before.</summary>
public sealed record SettingsHistoryEntry(
    int Revision, DateTimeOffset ChangedAt, string? ChangedBy, string Note, SupervisionSettings Settings, IReadOnlyList<SettingChange> Changes);
