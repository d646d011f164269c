using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Reference;
using Supervision.Domain.Targets;
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
/// ranking): keep them in memory and reload after <see cref="MaxAge"/>, or at once after
/// <see cref="Invalidate"/> (called by whoever edits reference data).
/// </summary>
public sealed class ReadReferenceCache(IDbContextFactory<SupervisionDbContext> contexts, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile Entry? current;

    public async Task<ReadReference> GetAsync(CancellationToken cancellationToken)
    {
        if (current is { } fresh && time.GetUtcNow() - fresh.LoadedAt < MaxAge)
        {
            return fresh.Reference;
        }
        await loading.WaitAsync(cancellationToken);
        try
        {
            if (current is { } loaded && time.GetUtcNow() - loaded.LoadedAt < MaxAge)
            {
                return loaded.Reference;
            }
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var towns = await db.Towns.AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken);
            var history = await db.HallItemStatuses.AsNoTracking().ToListAsync(cancellationToken);
            var reference = new ReadReference(towns, history);
            current = new Entry(reference, time.GetUtcNow());
            return reference;
        }
        finally
        {
            loading.Release();
        }
    }

    public void Invalidate() => current = null;

    private sealed record Entry(ReadReference Reference, DateTimeOffset LoadedAt);
}
