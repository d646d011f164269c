using Microsoft.EntityFrameworkCore;

namespace Supervision.Web.Data.Seed;

/// <summary>
/// Turns a seed run's change of an item's limits or a window's kind into history rows: the value before
/// (from the beginning of time, when the row had no history yet) and the new value from
/// <paramref name="changedOn"/>. A second change on the same day replaces that day's row.
/// </summary>
internal sealed class ReferenceHistoryRecorder(SupervisionDbContext db, DateOnly changedOn)
{
    private HashSet<string> _itemsWithHistory = [];
    private HashSet<string> _windowsWithHistory = [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        _itemsWithHistory = (await db.ItemLimitChanges.Select(c => c.ItemCode).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        _windowsWithHistory = (await db.WindowKindChanges.Select(c => c.WindowCode).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }

    public void ItemLimits(ServiceItem current, ServiceItem incoming)
    {
        if (current.PromisedDays == incoming.PromisedDays && current.StatutoryDays == incoming.StatutoryDays)
        {
            return;
        }
        if (_itemsWithHistory.Add(current.Code))
        {
            db.ItemLimitChanges.Add(new ItemLimitChange
            {
                ItemCode = current.Code, EffectiveFrom = DateOnly.MinValue,
                PromisedDays = current.PromisedDays, StatutoryDays = current.StatutoryDays,
            });
        }
        Replace(db.ItemLimitChanges, c => c.ItemCode == current.Code && c.EffectiveFrom == changedOn);
        db.ItemLimitChanges.Add(new ItemLimitChange
        {
            ItemCode = current.Code, EffectiveFrom = changedOn,
            PromisedDays = incoming.PromisedDays, StatutoryDays = incoming.StatutoryDays,
        });
    }

    public void WindowKind(Window current, Window incoming)
    {
        if (current.Kind == incoming.Kind)
        {
            return;
        }
        if (_windowsWithHistory.Add(current.Code))
        {
            db.WindowKindChanges.Add(new WindowKindChange { WindowCode = current.Code, EffectiveFrom = DateOnly.MinValue, Kind = current.Kind });
        }
        Replace(db.WindowKindChanges, c => c.WindowCode == current.Code && c.EffectiveFrom == changedOn);
        db.WindowKindChanges.Add(new WindowKindChange { WindowCode = current.Code, EffectiveFrom = changedOn, Kind = incoming.Kind });
    }

    // Two start-ups on one day with different files: the later file's value is the day's value.
    private static void Replace<T>(DbSet<T> set, System.Linq.Expressions.Expression<Func<T, bool>> sameDay) where T : class =>
        set.RemoveRange(set.Where(sameDay).ToList());
}
