using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Activity;
using Supervision.Domain.Figures;
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

/// <summary>The full record lists behind the table exports, filtered and ordered as the pages list them.</summary>
public sealed class RecordListings(IDbContextFactory<SupervisionDbContext> contexts)
{
    /// <summary>The cases of <paramref name="query"/> but its card colour (which needs the clock), in list order.</summary>
    public async Task<RecordStream<CaseRecord>> CasesAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new(CaseFilters.Order(CaseFilters.Apply(db.Set<CaseRecord>().AsNoTracking(), query)).AsEnumerable(), db);
    }

    /// <summary>Reviews of one town or all, submitted in <paramref name="period"/> (any when null), newest day first.</summary>
    public async Task<RecordStream<ReviewRecord>> ReviewsAsync(string? town, Period? period, bool negativeOnly, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reviews = db.Set<ReviewRecord>().AsNoTracking();
        if (town is not null)
        {
            reviews = reviews.Where(r => r.Town == town);
        }
        if (period is not null)
        {
            reviews = reviews.Where(r => r.SubmittedDay >= period.Start && r.SubmittedDay <= period.End);
        }
        if (negativeOnly)
        {
            reviews = reviews.Where(r => r.IsNegative);
        }
        return new(reviews.OrderByDescending(r => r.SubmittedDay).ThenBy(r => r.Town).ThenBy(r => r.ReviewId).AsEnumerable(), db);
    }

    /// <summary>Complaints of one town or all, filed in <paramref name="period"/> (any when null), newest day first.</summary>
    public async Task<RecordStream<ComplaintRecord>> ComplaintsAsync(string? town, Period? period, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        var complaints = db.Set<ComplaintRecord>().AsNoTracking();
        if (town is not null)
        {
            complaints = complaints.Where(c => c.Town == town);
        }
        if (period is not null)
        {
            complaints = complaints.Where(c => c.FiledDay >= period.Start && c.FiledDay <= period.End);
        }
        return new(complaints.OrderByDescending(c => c.FiledDay).ThenBy(c => c.Town).ThenBy(c => c.ComplaintId).AsEnumerable(), db);
    }
}
