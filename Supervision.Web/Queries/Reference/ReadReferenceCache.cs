using Microsoft.EntityFrameworkCore;
using Supervision.Web.Common;
using Supervision.Web.Data;

namespace Supervision.Web.Queries.Reference;

/// <summary>The reference data the read side needs on every query, loaded together.</summary>
public sealed record ReadReference(IReadOnlyList<Town> Towns, IReadOnlyList<HallItemStatus> ItemHistory)
{
    public bool HasTown(string code) => Towns.Any(t => t.Code == code);

    /// <summary>Each hall's pilot flag and roll-out date: which targets apply to it.</summary>
    public IReadOnlyList<HallStanding> Standings { get; } = Towns.Select(t => new HallStanding(t.Code, t.IsPilot, t.RolloutDate)).ToList();
}

/// <summary>
/// Towns and the hall item history change a few times a year, yet every figure needs them (coverage,
/// ranking): keep them in the shared cache (<see cref="SharedComputationCache{TKey}"/>, one load for
/// concurrent askers) and reload after <see cref="MaxAge"/>, or at once after <see cref="Invalidate"/>
/// (called by whoever edits reference data).
/// </summary>
public sealed class ReadReferenceCache(IDbContextFactory<SupervisionDbContext> contexts, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly SharedComputationCache<bool> _current = new(time, MaxAge, maxEntries: 1);

    public Task<ReadReference> GetAsync(CancellationToken cancellationToken) =>
        _current.GetAsync(true, LoadAsync, version: null, cancellationToken);

    public void Invalidate() => _current.Clear();

    public void Dispose() => _current.Dispose();

    private async Task<ReadReference> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var towns = await db.Towns.AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken);
        var history = await db.HallItemStatuses.AsNoTracking().ToListAsync(cancellationToken);
        return new ReadReference(towns, history);
    }
}
