namespace Supervision.Web.Orders;

public static class OrdersServiceCollectionExtensions
{
    /// <summary>
    /// 督办单: the write service, the change signal for open pages and the deadline watch that
    /// raises 督办超期 live alerts; the reads (<c>OrderQueries</c>) come with <c>AddQueries</c>. Needs <c>AddLive</c>, <c>AddHolidayCalendar</c> and <c>AddSupervisionSecurity</c>.
    /// </summary>
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddSingleton<OrderChanges>();
        services.AddSingleton<OrderAccess>();
        services.AddSingleton<OrderService>();
        services.AddSingleton<OrderOverdueWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<OrderOverdueWatch>());
        return services;
    }
}
