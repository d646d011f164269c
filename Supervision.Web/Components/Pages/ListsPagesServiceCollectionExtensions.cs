using Supervision.Web.Components.Pages.Complaints;
using Supervision.Web.Components.Pages.DataQuality;
using Supervision.Web.Components.Pages.Items;
using Supervision.Web.Components.Pages.Pilot;
using Supervision.Web.Components.Pages.Reviews;
using Supervision.Web.Components.Pages.StaffPerformance;
using Supervision.Web.Queries.StaffPerformance;
using Supervision.Web.Management;
using Supervision.Web.Queries.Cases;
using Supervision.Web.Queries.Complaints;
using Supervision.Web.Queries.DataQuality;
using Supervision.Web.Queries.Items;
using Supervision.Web.Queries.Pilot;
using Supervision.Web.Queries.Reference;
using Supervision.Web.Queries.Reviews;

namespace Supervision.Web.Components.Pages;

public static class ListsPagesServiceCollectionExtensions
{
    /// <summary>
    /// The readers of the list pages (事项, 办件, 好差评, 投诉, 人员, 试点, 数据质量) and the management services
    /// they write through (scoped: they act for the circuit's user). Needs <see cref="IManagementAccess"/> and
    /// <see cref="IManagementAudit"/> (AddSupervisionSecurity: CountyAdmin only, audit log), the read side's <c>IFigureQueries</c> and
    /// <c>FigureCalculator</c> (AddFigureQueries) and the data layer's <c>WorkingCalendar</c>.
    /// </summary>
    public static IServiceCollection AddListPages(this IServiceCollection services)
    {
        services.AddSingleton<ReferenceNamesReader>();
        services.AddSingleton<ItemsReader>();
        services.AddSingleton<CaseDetailReader>();
        services.AddSingleton<ReviewsReader>();
        services.AddSingleton<ComplaintsReader>();
        services.AddSingleton<StaffReader>();
        services.AddSingleton<PilotReader>();
        services.AddSingleton<DataQualityReader>();

        services.AddScoped<ItemStationingService>();
        services.AddScoped<PilotProgressService>();
        services.AddSingleton<IReferenceDataListener, ReadReferenceCacheListener>();
        return services;
    }
}
