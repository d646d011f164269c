using Supervision.Web.Api;
using Supervision.Web.ApiReference;
using Supervision.Web.Data.Health;
using Supervision.Web.Export;
using Supervision.Web.Export.MeetingPack;
using Supervision.Web.Ingestion;
using Supervision.Web.Live;
using Supervision.Web.Orders;
using Supervision.Web.Security.Accounts;
using Supervision.Web.Settings;

namespace Supervision.Web.Hosting;

/// <summary>
/// Every endpoint group outside the Razor pages, one <c>Map&lt;Feature&gt;Endpoints</c> each (routes in
/// <c>Routing/ApiRoutes</c>). A new feature adds its own extension next to its handlers and one line here.
/// </summary>
public static class EndpointMappings
{
    public static IEndpointRouteBuilder MapSupervisionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthEndpoints();
        endpoints.MapAccountEndpoints();
        endpoints.MapIngestionEndpoints();
        endpoints.MapFigureEndpoints();
        endpoints.MapTownEndpoints();
        endpoints.MapSettingsEndpoints();
        endpoints.MapExportEndpoints();
        endpoints.MapLiveEndpoints();
        endpoints.MapOrderEndpoints();
        endpoints.MapMeetingPackEndpoints();
        endpoints.MapApiReferenceEndpoints();
        return endpoints;
    }
}
