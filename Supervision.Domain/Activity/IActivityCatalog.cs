using Supervision.Domain.Reference;

namespace Supervision.Domain.Activity;

/// <summary>The reference data the folds look up: an item's promised days, a window's kind.</summary>
public interface IActivityCatalog
{
    ServiceItem? FindItem(string itemCode);
    Window? FindWindow(string windowCode);
}

/// <summary>An in-memory <see cref="IActivityCatalog"/> over already loaded reference data.</summary>
public sealed class ActivityCatalog(IEnumerable<ServiceItem> items, IEnumerable<Window> windows) : IActivityCatalog
{
    private readonly Dictionary<string, ServiceItem> _items = items.ToDictionary(i => i.Code, StringComparer.Ordinal);
    private readonly Dictionary<string, Window> _windows = windows.ToDictionary(w => w.Code, StringComparer.Ordinal);

    public ServiceItem? FindItem(string itemCode) => _items.GetValueOrDefault(itemCode);
    public Window? FindWindow(string windowCode) => _windows.GetValueOrDefault(windowCode);
}
