namespace Supervision.Domain.Reference;

/// <summary>The reference data an event may point at, looked up by the codes events carry.</summary>
public interface IReferenceCatalog
{
    bool HasTown(string code);

    ServiceItem? FindItem(string code);

    /// <summary>By <see cref="Window.Code"/>, e.g. <c>370323001-01</c>.</summary>
    Window? FindWindow(string code);

    /// <summary>By <see cref="Staff.Id"/>, e.g. <c>370323001-S01</c>.</summary>
    Staff? FindStaff(string id);

    bool HasDepartment(string code);
}
