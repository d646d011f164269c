using Supervision.Domain.Reference;

namespace Supervision.Domain.Activity;

/// <summary>
/// The reference data the folds look up — an item's promised days, a window's kind — as in force on a
/// given day, so a re-seeded catalogue or a rebuild never rewrites the history of past cases.
/// </summary>
public interface IActivityCatalog
{
    ServiceItem? FindItem(string itemCode, DateOnly on);
    Window? FindWindow(string windowCode, DateOnly on);
}

/// <summary>
/// An in-memory <see cref="IActivityCatalog"/> over already loaded reference data and its change
/// history. The current rows answer for any day no change covers; a change answers from its
/// <c>EffectiveFrom</c> until the next one. Versions are built once, so a lookup allocates nothing.
/// </summary>
public sealed class ActivityCatalog : IActivityCatalog
{
    private readonly Dictionary<string, Versions<ServiceItem>> _items;
    private readonly Dictionary<string, Versions<Window>> _windows;

    public ActivityCatalog(IEnumerable<ServiceItem> items, IEnumerable<Window> windows,
        IEnumerable<ItemLimitChange>? itemChanges = null, IEnumerable<WindowKindChange>? windowChanges = null)
    {
        var itemHistory = (itemChanges ?? []).ToLookup(c => c.ItemCode, StringComparer.Ordinal);
        var windowHistory = (windowChanges ?? []).ToLookup(c => c.WindowCode, StringComparer.Ordinal);
        _items = items.ToDictionary(i => i.Code, i => Versions<ServiceItem>.Of(i, itemHistory[i.Code],
            c => c.EffectiveFrom, (item, c) => WithLimits(item, c)), StringComparer.Ordinal);
        _windows = windows.ToDictionary(w => w.Code, w => Versions<Window>.Of(w, windowHistory[w.Code],
            c => c.EffectiveFrom, (window, c) => WithKind(window, c)), StringComparer.Ordinal);
    }

    public ServiceItem? FindItem(string itemCode, DateOnly on) => _items.GetValueOrDefault(itemCode)?.On(on);
    public Window? FindWindow(string windowCode, DateOnly on) => _windows.GetValueOrDefault(windowCode)?.On(on);

    private static ServiceItem WithLimits(ServiceItem item, ItemLimitChange change) => new()
    {
        Code = item.Code,
        Name = item.Name,
        DepartmentCode = item.DepartmentCode,
        ApplicantType = item.ApplicantType,
        PromisedDays = change.PromisedDays,
        StatutoryDays = change.StatutoryDays,
        PreReviewOnly = item.PreReviewOnly,
        Materials = item.Materials,
    };

    private static Window WithKind(Window window, WindowKindChange change) => new()
    {
        Code = window.Code,
        TownCode = window.TownCode,
        Number = window.Number,
        Name = window.Name,
        Kind = change.Kind,
    };

    /// <summary>One row's versions, oldest first; days before the first change take the first change's value.</summary>
    private sealed class Versions<T>(T current, DateOnly[] from, T[] values)
    {
        public static Versions<T> Of<TChange>(T current, IEnumerable<TChange> changes, Func<TChange, DateOnly> effectiveFrom, Func<T, TChange, T> apply)
        {
            var ordered = changes.OrderBy(effectiveFrom).ToArray();
            return new Versions<T>(current, ordered.Select(effectiveFrom).ToArray(), ordered.Select(c => apply(current, c)).ToArray());
        }

        public T On(DateOnly day)
        {
            if (values.Length == 0)
            {
                return current;
            }
            var index = Array.BinarySearch(from, day);
            // Not found: ~index is the first later change, so the one before it is in force.
            var inForce = index >= 0 ? index : ~index - 1;
            return values[Math.Max(inForce, 0)];
        }
    }
}
