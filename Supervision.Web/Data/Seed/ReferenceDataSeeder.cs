using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Supervision.Web.Data.Seed;

/// <summary>How many reference rows one seeding run added and changed.</summary>
public sealed record SeedSummary(int Added, int Updated);

/// <summary>
/// Writes the seed data into the reference tables, idempotently and in one transaction: new rows are
/// added, existing rows get the file's names, limits, flags and dates. Rows missing from the files are
/// kept, because events may refer to them. Runtime fields (a pilot task's status, completion date
/// and note; a town's pilot flag, pilot dates and roll-out date) are never overwritten once the row exists, and no event or activity table is touched.
/// A changed 承诺时限 or window kind is recorded as history effective from <c>changedOn</c>, so cases before
/// it keep the values they had (see <see cref="ItemLimitChange"/>). A year's holidays are the bureau's once
/// the database has that year (kept on /admin/holidays): the files only bring years it does not have yet.
/// </summary>
public static class ReferenceDataSeeder
{
    public static async Task<SeedSummary> SeedAsync(SupervisionDbContext db, SeedDataSet data, DateOnly changedOn, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = 0;
        var history = new ReferenceHistoryRecorder(db, changedOn);

        added += await UpsertAsync(db.Departments, data.Departments, d => d.Code, (entry, d) =>
            Set(entry, x => x.Name, d.Name), cancellationToken);

        // The pilot flag, pilot dates and roll-out date are the county administrator's once the town exists
        // (试点镇街与推广日期, audited): the file only plans a new town's.
        added += await UpsertAsync(db.Towns, data.Towns, t => t.Code, (entry, t) =>
        {
            Set(entry, x => x.Name, t.Name);
            Set(entry, x => x.Kind, t.Kind);
        }, cancellationToken);

        await history.LoadAsync(cancellationToken);
        added += await UpsertAsync(db.ServiceItems, data.Items, i => i.Code, (entry, i) =>
        {
            history.ItemLimits(entry.Entity, i);
            Set(entry, x => x.Name, i.Name);
            Set(entry, x => x.DepartmentCode, i.DepartmentCode);
            Set(entry, x => x.ApplicantType, i.ApplicantType);
            Set(entry, x => x.PromisedDays, i.PromisedDays);
            Set(entry, x => x.StatutoryDays, i.StatutoryDays);
            Set(entry, x => x.PreReviewOnly, i.PreReviewOnly);
            Set(entry, x => x.Materials, i.Materials.ToList());
        }, cancellationToken);

        added += await UpsertAsync(db.HallItemStatuses, data.HallItems, s => (s.TownCode, s.ItemCode, s.EffectiveFrom), (entry, s) =>
        {
            Set(entry, x => x.Stationed, s.Stationed);
            Set(entry, x => x.OneWindowEnabled, s.OneWindowEnabled);
        }, cancellationToken);

        added += await UpsertAsync(db.Windows, data.Windows, w => w.Code, (entry, w) =>
        {
            history.WindowKind(entry.Entity, w);
            Set(entry, x => x.Name, w.Name);
            Set(entry, x => x.Kind, w.Kind);
        }, cancellationToken);

        added += await UpsertAsync(db.Staff, data.Staff, s => s.Id, (entry, s) =>
        {
            Set(entry, x => x.TownCode, s.TownCode);
            Set(entry, x => x.Name, s.Name);
            Set(entry, x => x.Role, s.Role);
            Set(entry, x => x.Recruitment, s.Recruitment);
            Set(entry, x => x.Trained, s.Trained);
        }, cancellationToken);

        // Status, CompletedOn and Note are edited at runtime; the file only plans the task.
        added += await UpsertAsync(db.PilotTasks, data.PilotTasks, t => (t.TownCode, t.Key), (entry, t) =>
        {
            Set(entry, x => x.Phase, t.Phase);
            Set(entry, x => x.Name, t.Name);
            Set(entry, x => x.DueDate, t.DueDate);
        }, cancellationToken);

        var keptYears = (await db.Holidays.Select(h => h.Date).ToListAsync(cancellationToken)).Select(d => d.Year).ToHashSet();
        added += await UpsertAsync(db.Holidays, data.Holidays.Where(h => !keptYears.Contains(h.Date.Year)).ToList(), h => h.Date, (entry, h) =>
        {
            Set(entry, x => x.IsOffDay, h.IsOffDay);
            Set(entry, x => x.Name, h.Name);
        }, cancellationToken);

        db.ChangeTracker.DetectChanges();
        var updated = db.ChangeTracker.Entries().Count(e => e.State == EntityState.Modified);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new SeedSummary(added, updated);
    }

    private static async Task<int> UpsertAsync<T, TKey>(
        DbSet<T> set, IReadOnlyList<T> incoming, Func<T, TKey> key, Action<EntityEntry<T>, T> update, CancellationToken cancellationToken)
        where T : class
        where TKey : notnull
    {
        // Reference tables are small (hundreds to a few thousand rows), so one read per table is cheapest.
        var existing = (await set.ToListAsync(cancellationToken)).ToDictionary(key);
        var added = 0;
        foreach (var row in incoming)
        {
            if (existing.TryGetValue(key(row), out var current))
            {
                update(set.Entry(current), row);
            }
            else
            {
                set.Add(row);
                added++;
            }
        }
        return added;
    }

    // Through the change tracker, so init-only properties can be corrected too and unchanged values stay unmodified.
    private static void Set<T, TValue>(EntityEntry<T> entry, Expression<Func<T, TValue>> property, TValue value)
        where T : class
    {
        var propertyEntry = entry.Property(property);
        if (!EqualityComparer<TValue>.Default.Equals(propertyEntry.CurrentValue, value) && !SameList(propertyEntry.CurrentValue, value))
        {
            propertyEntry.CurrentValue = value;
        }
    }

    private static bool SameList<TValue>(TValue current, TValue value) =>
        current is List<string> a && value is List<string> b && a.SequenceEqual(b, StringComparer.Ordinal);
}
