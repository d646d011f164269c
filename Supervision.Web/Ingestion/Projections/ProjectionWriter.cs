using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Domain.Activity;
using Supervision.Domain.Activity.Rollups;
using Supervision.Domain.Calendar;
using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;
using Supervision.Web.Data;
using Supervision.Web.Ingestion.Store;

namespace Supervision.Web.Ingestion.Projections;

/// <summary>
/// Keeps the records and rollups equal to a fold of the event table. Incremental upkeep and the full
/// rebuild share every step below (fold whole subjects, recompute whole (town, day) keys), so they
/// produce the same rows.
/// </summary>
public sealed class ProjectionWriter(
    ReferenceCatalogCache catalogs,
    WorkingCalendar calendar,
    IOptions<ActivityRules> rules)
{
    public async Task<ActivityContext> ContextAsync(CancellationToken ct) =>
        new(calendar, (await catalogs.GetAsync(ct)).Activity, rules.Value);

    /// <summary>Refolds <paramref name="subjects"/> from all their stored events and recomputes the days they touch(ed).</summary>
    /// <param name="known">Events already in memory (the batch just appended), to skip parsing their payloads again.</param>
    public async Task RewriteSubjectsAsync(
        SupervisionDbContext db, IReadOnlySet<string> subjects, IReadOnlyDictionary<string, HallEvent> known, CancellationToken ct)
    {
        var context = await ContextAsync(ct);
        var stored = await EventStore.OfSubjectsAsync(db, subjects, ct);
        var records = Fold(stored, known, context);

        var oldDays = await DaysOfSubjectsAsync(db, subjects, ct);
        await RecordStore.DeleteAsync(db, subjects, ct);
        await DeleteDaysOfSubjectsAsync(db, subjects, ct);

        var newDays = records.Days().ToList();
        await RecordStore.InsertAsync(db, records, ct);
        await RecordStore.BulkAsync(db, newDays, ct);

        var keys = oldDays.Concat(newDays.Select(d => (d.Town, d.Day))).ToHashSet();
        await RecomputeDaysAsync(db, keys, records, ct);
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

        foreach (var (town, days) in ByTown(keys))
        {
            await db.Set<TownDayRollup>().Where(r => r.Town == town && days.Contains(r.Day)).ExecuteDeleteAsync(ct);
            await db.Set<StaffDayRollup>().Where(r => r.Town == town && days.Contains(r.Day)).ExecuteDeleteAsync(ct);
            await db.Set<ItemDayRollup>().Where(r => r.Town == town && days.Contains(r.Day)).ExecuteDeleteAsync(ct);
        }
        await RecordStore.BulkAsync(db, rollups.Select(r => r.Town), ct);
        await RecordStore.BulkAsync(db, rollups.SelectMany(r => r.Staff), ct);
        await RecordStore.BulkAsync(db, rollups.SelectMany(r => r.Items), ct);
    }

    /// <summary>Groups stored rows by subject and folds each subject.</summary>
    public static RecordSet Fold(IEnumerable<StoredEvent> rows, IReadOnlyDictionary<string, HallEvent> known, ActivityContext context)
    {
        var set = new RecordSet();
        foreach (var subject in rows.GroupBy(r => r.Subject, StringComparer.Ordinal))
        {
            var events = subject.Select(r => known.GetValueOrDefault(r.Id) ?? EventJson.Deserialize(r.Payload)).ToList();
            set.Fold(subject.Key, events, context);
        }
        return set;
    }

    private static async Task<List<(string Town, DateOnly Day)>> DaysOfSubjectsAsync(
        SupervisionDbContext db, IReadOnlySet<string> subjects, CancellationToken ct)
    {
        var days = new List<(string, DateOnly)>();
        foreach (var chunk in subjects.Chunk(EventStore.InChunk))
        {
            var rows = await db.Set<SubjectDay>().AsNoTracking().Where(d => chunk.Contains(d.Subject))
                .Select(d => new { d.Town, d.Day }).ToListAsync(ct);
            days.AddRange(rows.Select(r => (r.Town, r.Day)));
        }
        return days;
    }

    private static async Task DeleteDaysOfSubjectsAsync(SupervisionDbContext db, IReadOnlySet<string> subjects, CancellationToken ct)
    {
        foreach (var chunk in subjects.Chunk(EventStore.InChunk))
        {
            await db.Set<SubjectDay>().Where(d => chunk.Contains(d.Subject)).ExecuteDeleteAsync(ct);
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
