using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Queries.Cases;
using Supervision.Web.Queries.Figures;

namespace Supervision.Web.Queries.Listings;

/// <summary>
/// Record rows read lazily while they are enumerated, without tracking; the database context stays open
/// until the stream is disposed, so a year of cases never sits in memory.
/// </summary>
public sealed class RecordStream<T>(IEnumerable<T> rows, IAsyncDisposable owner) : IAsyncDisposable
{
    public IEnumerable<T> Rows { get; } = rows;

    public ValueTask DisposeAsync() => owner.DisposeAsync();
}

/// <summary>The full case list behind the cases export, filtered and ordered as the page lists it.</summary>
public sealed class RecordListings(IDbContextFactory<SupervisionDbContext> contexts)
{
    /// <summary>The cases of <paramref name="query"/> (its card colour judged at <paramref name="now"/>), in list order.</summary>
    public async Task<RecordStream<CaseRecord>> CasesAsync(CaseQuery query, DateTimeOffset now, WorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new(CaseFilters.Listed(db.Set<CaseRecord>().AsNoTracking(), query, now, calendar), db);
    }
}
