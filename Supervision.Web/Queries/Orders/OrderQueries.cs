using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Queries.Orders;

/// <summary>Which orders a list shows; null = any. <see cref="Period"/> filters on the day an order was raised.</summary>
public sealed record OrderFilter(string? Town = null, OrderState? State = null, OrderSource? Source = null, Period? Period = null);

/// <summary>An evidence file as a list shows it (no content).</summary>
public sealed record EvidenceInfo(long Id, string FileName, long Size, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>One order and its evidence files.</summary>
public sealed record OrderDetail(SupervisionOrder Order, IReadOnlyList<EvidenceInfo> Evidence);

/// <summary>A list of orders and how many of them are in each state.</summary>
public sealed record OrderList(IReadOnlyList<SupervisionOrder> Orders, IReadOnlyDictionary<OrderState, int> Counts, int Overdue);

/// <summary>Orders of one town in a period: raised in it, closed on time in it, overdue at its end (or now, for a period not over).</summary>
public sealed record OrderFigures(string Town, int Raised, int ClosedOnTime, int Overdue);

/// <summary>Reads orders for the pages, the API and the bulletin. Writes go through the Orders feature's <c>OrderService</c>.</summary>
public sealed class OrderQueries(IDbContextFactory<SupervisionDbContext> contexts, TimeProvider time) : IOrderCounts
{
    public DateTimeOffset Now => time.GetUtcNow();

    public async Task<OrderList> ListAsync(OrderFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var orders = db.Set<SupervisionOrder>().AsNoTracking();
        if (filter.Town is { } town)
        {
            orders = orders.Where(o => o.Town == town);
        }
        if (filter.Source is { } source)
        {
            orders = orders.Where(o => o.Source == source);
        }
        if (filter.Period is { } period)
        {
            var (start, end) = Bounds(period);
            orders = orders.Where(o => o.RaisedAt >= start && o.RaisedAt < end);
        }
        var all = await orders.OrderByDescending(o => o.Year).ThenByDescending(o => o.Number).ToListAsync(cancellationToken);
        var counts = all.GroupBy(o => o.State).ToDictionary(g => g.Key, g => g.Count());
        var now = Now;
        var shown = filter.State is { } state ? all.Where(o => o.State == state).ToList() : all;
        return new OrderList(shown, counts, all.Count(o => o.IsOverdue(now)));
    }

    /// <summary>The order <paramref name="id"/> if it belongs to <paramref name="town"/>.</summary>
    public async Task<OrderDetail?> GetAsync(string town, long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.Set<SupervisionOrder>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && o.Town == town, cancellationToken);
        if (order is null)
        {
            return null;
        }
        var evidence = await db.Set<OrderEvidence>().AsNoTracking().Where(e => e.OrderId == id).OrderBy(e => e.Id)
            .Select(e => new EvidenceInfo(e.Id, e.FileName, e.Size, e.UploadedBy, e.UploadedAt)).ToListAsync(cancellationToken);
        return new OrderDetail(order, evidence);
    }

    /// <summary>Orders the town still owes an answer on (待签收 and 整改中): the navigation badge.</summary>
    public async Task<int> WaitingOnTownAsync(string town, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<SupervisionOrder>().CountAsync(
            o => o.Town == town && (o.State == OrderState.AwaitingSignature || o.State == OrderState.Rectifying), cancellationToken);
    }

    /// <summary>Orders already raised for <paramref name="subject"/> (e.g. <c>case:C1</c>) in <paramref name="town"/>, newest first.</summary>
    public async Task<IReadOnlyList<SupervisionOrder>> ForSubjectAsync(string town, string subject, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<SupervisionOrder>().AsNoTracking().Where(o => o.Town == town && o.Subject == subject)
            .OrderByDescending(o => o.Year).ThenByDescending(o => o.Number).ToListAsync(cancellationToken);
    }

    /// <summary>Orders raised for <paramref name="subject"/> (e.g. <c>bulletin:2020/3</c>) in any town.</summary>
    public async Task<IReadOnlyList<SupervisionOrder>> ForSubjectAsync(string subject, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<SupervisionOrder>().AsNoTracking().Where(o => o.Subject == subject).ToListAsync(cancellationToken);
    }

    /// <summary>The orders a bulletin of <paramref name="period"/> lists: raised in it, or raised before and still open at its start.</summary>
    public async Task<IReadOnlyList<SupervisionOrder>> OfBulletinAsync(Period period, CancellationToken cancellationToken)
    {
        var (start, end) = Bounds(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<SupervisionOrder>().AsNoTracking()
            .Where(o => o.RaisedAt < end && (o.RaisedAt >= start || o.ClosedAt == null || o.ClosedAt >= start))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The evidence file <paramref name="evidenceId"/> of the order <paramref name="id"/> of <paramref name="town"/>, with the order; null when either is not there.</summary>
    public async Task<(SupervisionOrder Order, OrderEvidence Evidence)?> EvidenceAsync(string town, long id, long evidenceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.Set<SupervisionOrder>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && o.Town == town, cancellationToken);
        var evidence = order is null ? null
            : await db.Set<OrderEvidence>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == evidenceId && e.OrderId == id, cancellationToken);
        return order is null || evidence is null ? null : (order, evidence);
    }

    /// <summary>Per town (only towns with orders): raised in the period, closed on time in it, overdue at its end or now.</summary>
    public async Task<IReadOnlyList<OrderFigures>> FiguresAsync(Period period, string? town, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (start, end) = Bounds(period);
        var asOf = end < Now ? end : Now;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var orders = await db.Set<SupervisionOrder>().AsNoTracking()
            .Where(o => (town == null || o.Town == town) && o.RaisedAt < end && (o.ClosedAt == null || o.ClosedAt >= start))
            .ToListAsync(cancellationToken);
        return OrderFiguresOf(orders, start, end, asOf);
    }

    public static List<OrderFigures> OrderFiguresOf(IEnumerable<SupervisionOrder> orders, DateTimeOffset start, DateTimeOffset end, DateTimeOffset asOf) =>
        orders.GroupBy(o => o.Town, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OrderFigures(g.Key,
                g.Count(o => o.RaisedAt >= start && o.RaisedAt < end),
                g.Count(o => o.ClosedOnTime && o.ClosedAt >= start && o.ClosedAt < end),
                g.Count(o => o.StateAt(asOf) is OrderState.AwaitingSignature or OrderState.Rectifying && o.Deadline < asOf)))
            .ToList();

    /// <summary>The period's first instant and the first instant after it, China time.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Bounds(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return (WorkingCalendar.AtLocal(period.Start, TimeOnly.MinValue), WorkingCalendar.AtLocal(period.End.AddDays(1), TimeOnly.MinValue));
    }
}
