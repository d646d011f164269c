namespace Supervision.Web.Orders;

/// <summary>A new order as the raise form or the API sends it (<see cref="Subject"/> as in <see cref="SupervisionOrder.Subject"/>).</summary>
public sealed record NewOrder(string Town, OrderSource Source, string? Subject, string? Problem, string? Requirement, int DeadlineDays);

/// <summary>An uploaded evidence file, already read (its declared size was checked before reading).</summary>
public sealed record EvidenceFile(string FileName, byte[] Content);

/// <summary>
/// What changed, for pages and the navigation badge to re-read. <see cref="FromOtherNode"/> marks a change
/// relayed from another node, which must not be relayed again.
/// </summary>
public sealed record OrderChange(long OrderId, string Town, OrderState State, bool FromOtherNode = false);
