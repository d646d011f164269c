using Supervision.Web.Queries.Accounts;
using Supervision.Web.Queries.Bulletins;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Queries.Cases;
using Supervision.Web.Queries.Complaints;
using Supervision.Web.Queries.DataQuality;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Queries.Items;
using Supervision.Web.Queries.Listings;
using Supervision.Web.Queries.Live;
using Supervision.Web.Queries.Orders;
using Supervision.Web.Queries.Periods;
using Supervision.Web.Queries.Pilot;
using Supervision.Web.Queries.ProcessingTimes;
using Supervision.Web.Queries.Reference;
using Supervision.Web.Queries.Reviews;
using Supervision.Web.Queries.StaffPerformance;
using Supervision.Web.Queries.Towns;
using Supervision.Web.Queries.Trends;

namespace Supervision.Web.Queries;

public static class QueriesServiceCollectionExtensions
{
    /// <summary>
    /// The read side: <see cref="IFigureQueries"/>, the cached reference data, the figures shared by open
    /// dashboards (<see cref="SharedFigureCache"/>) and every reader of the pages, the API, the exports and the
    /// live notifier. Weights and targets come from the settings in force. Needs <c>AddSupervisionData</c>,
    /// <c>AddWorkingCalendar</c> and <c>AddSupervisionSettings</c>. Registered only if absent, so a test's
    /// stand-in registered first stays.
    /// </summary>
    public static IServiceCollection AddQueries(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReadReferenceCache>();
        services.TryAddSingleton<TownListReader>();
        services.TryAddSingleton<LiveStateReader>();
        services.TryAddSingleton<PeriodRollupCache>();
        services.TryAddSingleton<IFigureQueries, FigureQueries>();
        services.TryAddSingleton<SharedFigureCache>();

        services.TryAddSingleton<ReferenceNamesReader>();
        services.TryAddSingleton<ItemsReader>();
        services.TryAddSingleton<CaseDetailReader>();
        services.TryAddSingleton<ReviewsReader>();
        services.TryAddSingleton<ComplaintsReader>();
        services.TryAddSingleton<StaffReader>();
        services.TryAddSingleton<PilotReader>();
        services.TryAddSingleton<DataQualityReader>();
        services.TryAddSingleton<ITownDetailQueries, TownDetailQueries>();
        services.TryAddSingleton<OrderQueries>();
        services.TryAddSingleton<IOrderCounts>(sp => sp.GetRequiredService<OrderQueries>());
        services.TryAddSingleton<HolidayYearsReader>();
        services.TryAddSingleton<IssuedBulletinsReader>();
        services.TryAddSingleton<PeriodRecordsReader>();
        services.TryAddSingleton<RecordListings>();
        services.TryAddSingleton<AccountsReader>();
        services.TryAddSingleton<ITrendQueries, TrendQueries>();
        services.TryAddSingleton<IProcessingTimes, ProcessingTimesReader>();
        return services;
    }
}
