using Microsoft.EntityFrameworkCore;
using Supervision.Web.Common;
using Supervision.Web.Data;

namespace Supervision.Web.Queries.Reference;

/// <summary>
/// Display names for the codes records and events carry (towns, items, windows, staff, departments).
/// An unknown code is shown as itself marked “（未登记）”, so a hall reporting a window the reference data
/// lack still reads, and the gap is visible.
/// </summary>
public sealed record ReferenceNames(
    IReadOnlyDictionary<string, string> Towns,
    IReadOnlyDictionary<string, string> Items,
    IReadOnlyDictionary<string, string> Windows,
    IReadOnlyDictionary<string, string> Staff,
    IReadOnlyDictionary<string, string> Departments)
{
    public static ReferenceNames Empty { get; } = new(
        new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>(),
        new Dictionary<string, string>(), new Dictionary<string, string>());

    public string Town(string? code) => Name(Towns, code);

    public string Item(string? code) => Name(Items, code);

    public string Window(string? code) => Name(Windows, code);

    public string StaffName(string? id) => Name(Staff, id);

    public string Department(string? code) => Name(Departments, code);

    private static string Name(IReadOnlyDictionary<string, string> names, string? code) =>
        code is null ? ZhFormat.None : ZhFormat.Named(names, code);
}

/// <summary>Loads <see cref="ReferenceNames"/> (a few hundred rows, read once per page visit).</summary>
public sealed class ReferenceNamesReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    public async Task<ReferenceNames> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new ReferenceNames(
            await db.Towns.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, StringComparer.Ordinal, cancellationToken),
            await db.ServiceItems.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Name, StringComparer.Ordinal, cancellationToken),
            await db.Windows.AsNoTracking().ToDictionaryAsync(w => w.Code, w => w.Name, StringComparer.Ordinal, cancellationToken),
            await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, StringComparer.Ordinal, cancellationToken),
            await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Name, StringComparer.Ordinal, cancellationToken));
    }
}
