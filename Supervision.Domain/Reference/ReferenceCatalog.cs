namespace Supervision.Domain.Reference;

/// <summary>
/// An in-memory <see cref="IReferenceCatalog"/>: reference data is small (a dozen towns, a few hundred
/// items), so a snapshot in dictionaries answers a 10,000-event batch without a query per event.
/// </summary>
public sealed class ReferenceCatalog : IReferenceCatalog
{
    private readonly HashSet<string> _towns;
    private readonly Dictionary<string, ServiceItem> _items;
    private readonly Dictionary<string, Window> _windows;
    private readonly Dictionary<string, Staff> _staff;
    private readonly HashSet<string> _departments;

    /// <exception cref="ArgumentException">Two entities of one kind share a code.</exception>
    public ReferenceCatalog(
        IEnumerable<Town> towns,
        IEnumerable<ServiceItem> items,
        IEnumerable<Window> windows,
        IEnumerable<Staff> staff,
        IEnumerable<Department> departments)
    {
        _towns = towns.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        _items = items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        _windows = windows.ToDictionary(w => w.Code, StringComparer.Ordinal);
        _staff = staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _departments = departments.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
    }

    public bool HasTown(string code) => _towns.Contains(code);

    public ServiceItem? FindItem(string code) => _items.GetValueOrDefault(code);

    public Window? FindWindow(string code) => _windows.GetValueOrDefault(code);

    public Staff? FindStaff(string id) => _staff.GetValueOrDefault(id);

    public bool HasDepartment(string code) => _departments.Contains(code);
}
