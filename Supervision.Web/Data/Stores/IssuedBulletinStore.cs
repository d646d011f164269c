using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Data.Stores;

/// <summary>
/// Writes issued bulletins for Export, which never touches the DbContext itself. The unique index on
/// (year, number, revision) turns a race for a number or a revision into a <see cref="DbUpdateException"/>
/// that the caller answers (retry with the next number, or refuse the second correction).
/// </summary>
public sealed class IssuedBulletinStore(IDbContextFactory<SupervisionDbContext> contexts)
{
    /// <summary>Stores a new bulletin; its <see cref="IssuedBulletin.Id"/> is set on return.</summary>
    public async Task AddAsync(IssuedBulletin bulletin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Add(bulletin);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Saves the state of <paramref name="changed"/> (superseded, withdrawn: the state fields only, the file
    /// stays as it was) and, in the same save, stores <paramref name="replacement"/> (更正) if given.
    /// </summary>
    public async Task SaveStateAsync(IssuedBulletin changed, IssuedBulletin? replacement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<IssuedBulletin>().SingleAsync(b => b.Id == changed.Id, cancellationToken);
        row.State = changed.State;
        row.StateReason = changed.StateReason;
        row.StateChangedBy = changed.StateChangedBy;
        row.StateChangedAt = changed.StateChangedAt;
        if (replacement is not null)
        {
            db.Add(replacement);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
