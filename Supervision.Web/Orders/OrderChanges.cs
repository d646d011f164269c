namespace Supervision.Web.Orders;

/// <summary>
/// Tells open pages of this node that an order changed (raised, answered, returned, closed), so lists and
/// the navigation badge re-read at once instead of on the next visit. Handlers run on the writer's
/// thread and must only schedule their work.
/// </summary>
public sealed class OrderChanges
{
    public event Action<OrderChange>? Changed;

    internal void Publish(OrderChange change) => Changed?.Invoke(change);
}
