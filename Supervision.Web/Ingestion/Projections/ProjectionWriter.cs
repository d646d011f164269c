using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Changes;
using Supervision.Web.Data.Entities;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Queries.Settings;

namespace Supervision.Web.Ingestion.Projections;

/// <summary>
/// Keeps the records and rollups equal to a fold of the event table. Both paths fold whole subjects;
/// a batch then moves the rollups by a <see cref="RollupDelta"/> (old records out, new ones in), a
/// rebuild recomputes every (town, day) from its records. Both sum the same per-record contributions
/// exactly, so they produce the same rows (checked row by row in the tests).
/// </summary>
public sealed class ProjectionWriter(
    ReferenceCatalogCache catalogs,
    WorkingCalendarSource calendars,
    ISettingsProvider settings)
{
    public async Task<ActivityContext> ContextAsync(CancellationToken ct) =>
        new(calendars.Current, (await catalogs.GetAsync(ct)).Activity, settings.Current.Settings.Activity);

    /// <summary>
    /// Refolds the subjects of <paramref name="fresh"/> (events just appended) together with their
    /// <paramref name="prior"/> events (stored before this batch), rewrites their records and
    /// membership rows, and moves the rollups by the difference between each subject's old and new record.
    /// </summary>
    /// <param name="stored">Stored records already in memory (the working set); the others are read.</param>
    /// <param name="known">The batch's events in memory, to skip parsing their payloads again.</param>
    /// <returns>The (town, day) keys whose rollup rows may have changed, every record written, and each refolded subject's events.</returns>
    public async Task<Applied> ApplyAsync(
        SupervisionDbContext db, IReadOnlyList<HallEvent> prior, RecordSet stored, IReadOnlyList<StoredEvent> fresh,
        IReadOnlyDictionary<EventKey, HallEvent> known, CancellationToken ct, StageClock? clock = null)
    {
        var context = await ContextAsync(ct);
        // Fresh events carry the instant they were received (stored ones got theirs when read back).
        var events = prior.Concat(fresh.Select(r => known[r.Key()] with { ReceivedAt = r.ReceivedAt }))
            .GroupBy(e => e.Subject, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<HallEvent>)g.ToList(), StringComparer.Ordinal);
        var records = new RecordSet();
        foreach (var (subject, all) in events)
        {
            records.Fold(subject, all, context);
        }
        clock?.Lap("fold");

        // Subjects with no earlier event have no record, no membership rows and nothing to take away.
        var old = new RecordSet();
        old.UnionWith(stored);
        var unread = prior.Select(e => e.Subject).Where(s => !stored.Contains(s)).ToHashSet(StringComparer.Ordinal);
        if (unread.Count > 0)
        {
            old.UnionWith(await RecordStore.LoadAsync(db, unread, ct));
        }
        clock?.Lap("load-records");
        await ReviewedCases.MarkAsync(db, old, records, context, ct);
        clock?.Lap("marks");
        await RecordStore.ReplaceAsync(db, old, records, ct);
        clock?.Lap("write-records");
        await WriteDaysAsync(db, old, records, ct);
        clock?.Lap("write-days");

        var delta = new RollupDelta();
        old.RemoveFrom(delta);
        records.AddTo(delta);
        clock?.Lap("delta");
        var keys = delta.Keys;
        await ApplyDeltaAsync(db, delta, keys, records, ct);
        clock?.Lap("rollups");
        return new Applied(keys, records, events);
    }

    public sealed record Applied(
        IReadOnlyList<(string Town, DateOnly Day)> Days, RecordSet Records, IReadOnlyDictionary<string, IReadOnlyList<HallEvent>> Events);

    // Only subjects whose set of days changed get their membership rows rewritten.
    private static async Task WriteDaysAsync(SupervisionDbContext db, RecordSet old, RecordSet records, CancellationToken ct)
    {
        var oldDays = old.Days().ToLookup(d => d.Subject, d => d.Day, StringComparer.Ordinal);
        var changed = records.Days().GroupBy(d => d.Subject, StringComparer.Ordinal)
            .Where(g => !oldDays.Contains(g.Key) || !oldDays[g.Key].ToHashSet().SetEquals(g.Select(d => d.Day)))
            .ToList();
        var rewritten = changed.Select(g => g.Key).Where(oldDays.Contains).ToHashSet(StringComparer.Ordinal);
        // A subject whose record no longer touches any day keeps no rows either.
        rewritten.UnionWith(oldDays.Select(g => g.Key).Where(s => !records.Contains(s) || !records.Days(s).Any()));
        await DeleteDaysOfSubjectsAsync(db, rewritten, ct);
        await RecordStore.BulkAsync(db, changed.SelectMany(g => g), ct);
    }

    private async Task ApplyDeltaAsync(
        SupervisionDbContext db, RollupDelta delta, IReadOnlyList<(string Town, DateOnly Day)> keys, RecordSet records, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return;
        }
        // The batch's towns × days in one query per table (a superset of the keys): the rows of keys
        // outside the delta are deleted with it and written back unchanged.
        var towns = keys.Select(k => k.Town).Distinct().ToArray();
        var days = keys.Select(k => k.Day).Distinct().ToArray();
        var stored = await LoadRollupsAsync(db, towns, days, ct);
        var rewrite = new List<DayRollups>();
        var recompute = new HashSet<(string Town, DateOnly Day)>();
        foreach (var key in keys)
        {
            if (delta.Apply(key, stored.GetValueOrDefault(key)) is { } rows)
            {
                rewrite.Add(rows);
            }
            else
            {
                recompute.Add(key);
            }
            stored.Remove(key);
        }
        rewrite.AddRange(stored.Values);

        await db.Set<TownDayRollup>().Where(r => EF.Parameter(towns).Contains(r.Town) && EF.Parameter(days).Contains(r.Day)).ExecuteDeleteAsync(ct);
        await db.Set<StaffDayRollup>().Where(r => EF.Parameter(towns).Contains(r.Town) && EF.Parameter(days).Contains(r.Day)).ExecuteDeleteAsync(ct);
        await db.Set<ItemDayRollup>().Where(r => EF.Parameter(towns).Contains(r.Town) && EF.Parameter(days).Contains(r.Day)).ExecuteDeleteAsync(ct);
        await RecordStore.BulkAsync(db, rewrite.Select(r => r.Town), ct);
        await RecordStore.BulkAsync(db, rewrite.SelectMany(r => r.Staff), ct);
        await RecordStore.BulkAsync(db, rewrite.SelectMany(r => r.Items), ct);
        // Rare: a lower longest wait, or a day possibly left without records; read that day's records.
        await RecomputeDaysAsync(db, recompute, records, ct);
    }

    private static async Task<Dictionary<(string Town, DateOnly Day), DayRollups>> LoadRollupsAsync(
        SupervisionDbContext db, string[] towns, DateOnly[] days, CancellationToken ct)
    {
        var townRows = await db.Set<TownDayRollup>().AsNoTracking()
            .Where(r => EF.Parameter(towns).Contains(r.Town) && EF.Parameter(days).Contains(r.Day)).ToListAsync(ct);
        var staff = (await db.Set<StaffDayRollup>().AsNoTracking()
            .Where(r => EF.Parameter(towns).Contains(r.Town) && EF.Parameter(days).Contains(r.Day)).ToListAsync(ct)).ToLookup(r => (r.Town, r.Day));
        var items = (await db.Set<ItemDayRollup>().AsNoTracking()
            .Where(r => EF.Parameter(towns).Contains(r.Town) && EF.Parameter(days).Contains(r.Day)).ToListAsync(ct)).ToLookup(r => (r.Town, r.Day));
        return townRows.ToDictionary(
            t => (t.Town, t.Day),
            t => new DayRollups(t, staff[(t.Town, t.Day)].OrderBy(r => r.StaffId, StringComparer.Ordinal).ToList(),
                items[(t.Town, t.Day)].OrderBy(r => r.ItemCode, StringComparer.Ordinal).ToList()));
    }

    private static async Task DeleteRollupsAsync(SupervisionDbContext db, IEnumerable<(string Town, DateOnly Day)> keys, CancellationToken ct)
    {
        foreach (var (town, days) in ByTown(keys))
        {
            await db.Set<TownDayRollup>().Where(r => r.Town == town && days.Contains(r.Day)).ExecuteDeleteAsync(ct);
            await db.Set<StaffDayRollup>().Where(r => r.Town == town && days.Contains(r.Day)).ExecuteDeleteAsync(ct);
            await db.Set<ItemDayRollup>().Where(r => r.Town == town && days.Contains(r.Day)).ExecuteDeleteAsync(ct);
        }
    }

    /// <summary>
    /// Rewrites the rollup rows of <paramref name="keys"/> from every record touching them.
    /// <paramref name="inMemory"/> holds current records already loaded (they are not read again).
    /// </summary>
    public async Task RecomputeDaysAsync(
        SupervisionDbContext db, IReadOnlySet<(string Town, DateOnly Day)> keys, RecordSet inMemory, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var members = await SubjectsOfDaysAsync(db, keys, ct);
        var records = await RecordStore.LoadAsync(db, members.Where(s => !inMemory.Contains(s)), ct);
        records.UnionWith(inMemory);

        var rollups = new List<DayRollups>();
        foreach (var (key, dayRecords) in records.ByDay(keys))
        {
            // A day no record touches any more has no rows, exactly as after a rebuild.
            if (dayRecords.Cases.Count + dayRecords.Tickets.Count + dayRecords.Reviews.Count
                + dayRecords.Complaints.Count + dayRecords.Attendance.Count > 0)
            {
                rollups.Add(RollupCalculator.ForDay(key.Town, key.Day, dayRecords));
            }
        }

        await DeleteRollupsAsync(db, keys, ct);
        await RecordStore.BulkAsync(db, rollups.Select(r => r.Town), ct);
        await RecordStore.BulkAsync(db, rollups.SelectMany(r => r.Staff), ct);
        await RecordStore.BulkAsync(db, rollups.SelectMany(r => r.Items), ct);
    }

    /// <summary>Groups stored rows by subject and folds each subject.</summary>
    public static RecordSet Fold(IEnumerable<StoredEvent> rows, IReadOnlyDictionary<EventKey, HallEvent> known, ActivityContext context)
    {
        var set = new RecordSet();
        foreach (var subject in rows.GroupBy(r => r.Subject, StringComparer.Ordinal))
        {
            var events = subject.Select(r => (known.GetValueOrDefault(r.Key()) ?? EventJson.Deserialize(r.Payload)) with { ReceivedAt = r.ReceivedAt }).ToList();
            set.Fold(subject.Key, events, context);
        }
        return set;
    }

    private static async Task DeleteDaysOfSubjectsAsync(SupervisionDbContext db, IReadOnlySet<string> subjects, CancellationToken ct)
    {
        if (subjects.Count > 0)
        {
            var all = subjects.ToArray();
            await db.Set<SubjectDay>().Where(d => EF.Parameter(all).Contains(d.Subject)).ExecuteDeleteAsync(ct);
        }
    }

    private static async Task<HashSet<string>> SubjectsOfDaysAsync(
        SupervisionDbContext db, IReadOnlySet<(string Town, DateOnly Day)> keys, CancellationToken ct)
    {
        var subjects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (town, days) in ByTown(keys))
        {
            subjects.UnionWith(await db.Set<SubjectDay>().AsNoTracking()
                .Where(d => d.Town == town && days.Contains(d.Day)).Select(d => d.Subject).ToListAsync(ct));
        }
        return subjects;
    }

    private static IEnumerable<(string Town, DateOnly[] Days)> ByTown(IEnumerable<(string Town, DateOnly Day)> keys) =>
        keys.GroupBy(k => k.Town).Select(g => (g.Key, g.Select(k => k.Day).Distinct().ToArray()));
}
