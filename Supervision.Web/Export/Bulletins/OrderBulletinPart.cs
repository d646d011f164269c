using Supervision.Web.Data.Entities;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Queries.Orders;
using Supervision.Web.Queries.Bulletins;

namespace Supervision.Web.Export.Bulletins;

/// <summary>An order as a bulletin lists it: its state and working days overdue as of the period's end.</summary>
public sealed record BulletinOrder(SupervisionOrder Order, OrderState State, int DaysOverdue);

/// <summary>A hall criticised in the previous bulletin and the orders raised for that criticism.</summary>
public sealed record CriticisedHall(string Town, IReadOnlyList<BulletinOrder> Orders);

/// <summary>
/// What a bulletin shows of 督办单: every order of the period (sheet 督办事项), the order figures per town
/// (under the ranking) and 上期通报问题整改情况: the halls the previous issued bulletin criticised and the
/// orders raised for them — all generated from the orders.
/// </summary>
public sealed record OrderBulletinPart(
    IReadOnlyList<BulletinOrder> Orders,
    IReadOnlyList<OrderFigures> Figures,
    string? PreviousBulletin,
    IReadOnlyList<CriticisedHall> PreviousCriticised)
{
    public static OrderBulletinPart Empty { get; } = new([], [], null, []);
}

/// <summary>Reads a bulletin's <see cref="OrderBulletinPart"/>.</summary>
public sealed class OrderBulletinReader(OrderQueries orderQueries, IssuedBulletinsReader bulletins, IFigureQueries figures, TimeProvider time)
{
    public async Task<OrderBulletinPart> ReadAsync(Period period, WorkingCalendar calendar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calendar);
        var (start, end) = OrderQueries.Bounds(period);
        var now = time.GetUtcNow();
        var asOf = end < now ? end : now;
        // Raised in the period, or raised before and still open at its start.
        var orders = await orderQueries.OfBulletinAsync(period, cancellationToken);
        var listed = orders.OrderBy(o => o.Town, StringComparer.Ordinal).ThenBy(o => o.Year).ThenBy(o => o.Number)
            .Select(o => AsOf(o, asOf, calendar)).ToList();

        // The bulletin in force before this one: not a withdrawn one, and of a corrected one the correction.
        var previous = await bulletins.InForceBeforeAsync(period, cancellationToken);
        var criticised = new List<CriticisedHall>();
        if (previous is not null)
        {
            var subject = $"bulletin:{previous.Year}/{previous.Number}";
            var raised = await orderQueries.ForSubjectAsync(subject, cancellationToken);
            var named = await CriticisedAsync(previous.Criticism, Period.Parse(previous.Period, now), cancellationToken);
            // The halls that bulletin criticised (as issued, edits included), and any hall an order was raised for from it.
            var towns = named.Union(raised.Select(o => o.Town).OrderBy(t => t, StringComparer.Ordinal), StringComparer.Ordinal);
            criticised.AddRange(towns.Select(town => new CriticisedHall(town,
                raised.Where(o => o.Town == town).OrderBy(o => o.Number).Select(o => AsOf(o, asOf, calendar)).ToList())));
        }
        return new OrderBulletinPart(listed, OrderQueries.OrderFiguresOf(orders, start, end, asOf),
            previous is null ? null : $"{previous.Year}年第{previous.Number}期", criticised);
    }

    /// <summary>
    /// The towns named in the issued 通报批评 lines; a bulletin issued before those lines were kept names
    /// none, and then the halls that missed a target in its period stand for them.
    /// </summary>
    private async Task<IReadOnlyList<string>> CriticisedAsync(string criticism, Period period, CancellationToken cancellationToken)
    {
        var lines = criticism.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length > 0)
        {
            var towns = await figures.GetTownsAsync(cancellationToken);
            return towns.Where(t => lines.Any(l => l.Contains(t.Name, StringComparison.Ordinal))).Select(t => t.Code).ToList();
        }
        var ranking = await figures.RankHallsAsync(period, cancellationToken);
        return ranking.Where(h => h.Figures.Misses.Count > 0).Select(h => h.Town).ToList();
    }

    /// <summary>Its state at <paramref name="asOf"/>; an order raised after that (for a criticism, say) shows its state now.</summary>
    private static BulletinOrder AsOf(SupervisionOrder order, DateTimeOffset asOf, WorkingCalendar calendar) =>
        order.StateAt(asOf) is { } state
            ? new(order, state, state is OrderState.AwaitingSignature or OrderState.Rectifying ? order.DaysOverdue(asOf, calendar) : 0)
            : new(order, order.State, 0);
}
