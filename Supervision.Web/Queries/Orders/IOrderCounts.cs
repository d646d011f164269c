namespace Supervision.Web.Queries.Orders;

/// <summary>What the navigation badge and the town page's order panel read: small counts, kept apart so a page test can stand in for them.</summary>
public interface IOrderCounts
{
    /// <summary>Orders waiting on the town: 待签收 and 整改中.</summary>
    Task<int> WaitingOnTownAsync(string town, CancellationToken cancellationToken);

    /// <summary>Orders raised, closed on time and overdue per town in the period (one town, or every town for null).</summary>
    Task<IReadOnlyList<OrderFigures>> FiguresAsync(Period period, string? town, CancellationToken cancellationToken);
}
