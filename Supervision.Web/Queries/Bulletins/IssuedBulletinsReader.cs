using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Data.Stores;

namespace Supervision.Web.Queries.Bulletins;

/// <summary>The bulletin in force before another one: its number, period, title and 通报批评 lines as issued.</summary>
public sealed record PreviousBulletin(int Year, int Number, string Period, string Title, string Criticism);

/// <summary>
/// Reads the issued bulletins (通报): numbering, the history list, the stored files and the bulletin in force
/// before a period's. Issuing, correcting and withdrawing write through <see cref="IssuedBulletinStore"/>.
/// </summary>
public sealed class IssuedBulletinsReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    /// <summary>第N期 of the next bulletin of <paramref name="year"/>: one after the highest issued.</summary>
    public async Task<int> NextNumberAsync(int year, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return 1 + (await db.Set<IssuedBulletin>().Where(b => b.Year == year).MaxAsync(b => (int?)b.Number, cancellationToken) ?? 0);
    }

    /// <summary>The bulletin stored last (any revision): the document fields a new one starts from.</summary>
    public async Task<IssuedBulletin?> LastStoredAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<IssuedBulletin>().AsNoTracking().OrderByDescending(b => b.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>第<paramref name="number"/>期 of <paramref name="year"/>: its latest revision, or <paramref name="revision"/>; null when there is none.</summary>
    public async Task<IssuedBulletin?> RevisionAsync(int year, int number, int? revision, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<IssuedBulletin>().AsNoTracking()
            .Where(b => b.Year == year && b.Number == number && (revision == null || b.Revision == revision))
            .OrderByDescending(b => b.Revision)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Issued bulletins and their corrections, newest first, as <paramref name="projection"/> (which leaves out the file).</summary>
    public async Task<IReadOnlyList<T>> ListAsync<T>(Expression<Func<IssuedBulletin, T>> projection, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<IssuedBulletin>().AsNoTracking()
            .OrderByDescending(b => b.Year).ThenByDescending(b => b.Number).ThenByDescending(b => b.Revision)
            .Select(projection)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The bulletin in force before <paramref name="period"/>'s: not a withdrawn one, and of a corrected one the correction.</summary>
    public async Task<PreviousBulletin?> InForceBeforeAsync(Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<IssuedBulletin>().AsNoTracking()
            .Where(b => b.Period != period.ToString() && b.State == BulletinState.Issued)
            .OrderByDescending(b => b.Year).ThenByDescending(b => b.Number)
            .Select(b => new PreviousBulletin(b.Year, b.Number, b.Period, b.Title, b.Criticism))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
