using Supervision.Domain.Figures;

namespace Supervision.Domain.Orders;

/// <summary>The live alert of an order whose deadline passed while the town still owed an answer.</summary>
public static class OrderAlerts
{
    public static string SubjectOf(SupervisionOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return $"order:{order.Town}:{order.Id}";
    }

    /// <summary>An alert when the deadline fell after <paramref name="lastLook"/> and by <paramref name="now"/>, so each crossing is told once.</summary>
    public static Alert? Overdue(SupervisionOrder order, string townName, DateTimeOffset now, DateTimeOffset lastLook)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!order.IsOverdue(now) || order.Deadline <= lastLook)
        {
            return null;
        }
        return new Alert(AlertKind.OrderOverdue, order.Town, SubjectOf(order), null, order.Deadline, now,
            $"{townName}{order.Label}已超过整改期限，尚未反馈整改情况。");
    }
}
