using Microsoft.AspNetCore.WebUtilities;
using RouteData = Microsoft.AspNetCore.Components.RouteData;

namespace Supervision.Web.Security;

/// <summary>
/// Part of <see cref="SupervisionPolicies.TownView"/>: the town a request names must be inside the
/// principal's reach (<see cref="IAccessScope.CanSeeTown"/>). The same check serves the first HTTP
/// request of a page and every API call (resource <see cref="HttpContext"/>: route values and query string)
/// and every render of the router, first or after navigation inside a circuit (resource
/// <see cref="PageNavigation"/> from <c>Routes</c>: route values and the query string of the address), so
/// no page checks its town itself. A request that names no town passes; a town-bound principal then
/// only reaches pages that show one town.
/// </summary>
public sealed class TownAccessRequirement : IAuthorizationRequirement
{
    /// <summary>Route values and query parameters that carry a town code.</summary>
    public static IReadOnlyList<string> TownNames { get; } = ["town", "code"];

    /// <summary>A <c>scope</c> query parameter of the form <c>town:{code}</c> names a town too.</summary>
    public const string ScopeName = "scope";

    private const string TownScopePrefix = "town:";

    /// <summary>Every town the resource names (usually none or one).</summary>
    public static IEnumerable<string> TownsNamedBy(object? resource) => resource switch
    {
        HttpContext http => FromRoute(http.Request.RouteValues).Concat(FromQuery(http.Request.Query)),
        PageNavigation page => FromRoute(page.Route.RouteValues).Concat(FromQuery(QueryOf(page.Uri))),
        RouteData route => FromRoute(route.RouteValues),
        _ => [],
    };

    private static IEnumerable<string> FromRoute(IEnumerable<KeyValuePair<string, object?>> values) =>
        values.Where(v => TownNames.Contains(v.Key, StringComparer.OrdinalIgnoreCase))
            .Select(v => v.Value?.ToString())
            .OfType<string>()
            .Where(v => v.Length > 0);

    /// <summary>NavigationManager.Uri is absolute; a relative address is read against a placeholder host.</summary>
    private static QueryCollection QueryOf(string uri) =>
        new(QueryHelpers.ParseQuery(Uri.TryCreate(PlaceholderHost, uri, out var absolute) ? absolute.Query : ""));

    private static readonly Uri PlaceholderHost = new("http://localhost/");

    private static IEnumerable<string> FromQuery(IQueryCollection query)
    {
        foreach (var name in TownNames)
        {
            foreach (var value in query[name])
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    yield return value.Trim();
                }
            }
        }
        foreach (var scope in query[ScopeName])
        {
            if (scope?.Trim() is { } s && s.StartsWith(TownScopePrefix, StringComparison.Ordinal) && s.Length > TownScopePrefix.Length)
            {
                yield return s[TownScopePrefix.Length..];
            }
        }
    }
}

internal sealed class TownAccessHandler(IAccessScope scope) : AuthorizationHandler<TownAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TownAccessRequirement requirement)
    {
        if (TownAccessRequirement.TownsNamedBy(context.Resource).All(town => scope.CanSeeTown(context.User, town)))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
