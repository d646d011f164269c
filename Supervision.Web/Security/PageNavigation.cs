using RouteData = Microsoft.AspNetCore.Components.RouteData;

namespace Supervision.Web.Security;

/// <summary>
/// The resource <c>Routes</c> hands to <c>AuthorizeRouteView</c> on every render of the router: the matched
/// route and the address navigated to. Without it <c>AuthorizeRouteView</c> authorizes with no resource at all,
/// so navigation inside a circuit (links, <c>Blazor.navigateTo</c>) would never show
/// <see cref="TownAccessRequirement"/> the town in the route or the query string.
/// </summary>
public sealed record PageNavigation(RouteData Route, string Uri);
