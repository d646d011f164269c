using Supervision.Web.Queries.Orders;

namespace Supervision.Web.Orders;

public static class OrdersServiceCollectionExtensions
{
    /// <summary>
    /// 督办单: the write service, the reads, the change signal for open pages and the deadline watch that
    /// raises 督办超期 live alerts. Needs <c>AddLive</c>, <c>AddHolidayCalendar</c> and <c>AddSupervisionSecurity</c>.
    /// </summary>
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddSingleton<OrderChanges>();
        services.AddSingleton<OrderAccess>();
        services.AddSingleton<OrderService>();
        services.AddSingleton<OrderQueries>();
        services.AddSingleton<IOrderCounts>(sp => sp.GetRequiredService<OrderQueries>());
        services.AddSingleton<OrderOverdueWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<OrderOverdueWatch>());
        return services;
    }
}
