using Supervision.Web.Queries.Reference;
using Supervision.Web.Security;
using Supervision.Web.Routing;

namespace Supervision.Web.Api;

/// <summary>
/// <c>GET /api/v1/towns</c> and <c>GET /api/v1/towns/{town}</c>: the halls a caller may see, with
/// their kind and pilot period. Callers are API keys with the
/// <c>read</c> scope or signed-in users; both see only their reach.
/// </summary>
public static class TownEndpoints
{
    public static IEndpointRouteBuilder MapTownEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var towns = endpoints.MapGroup("").RequireAuthorization(SupervisionPolicies.ApiRead).WithTags(ApiTags.Towns);
        towns.MapGet(ApiRoutes.Towns, ListAsync).WithName("ListTowns").WithSummary("调用者可见的镇街").Produces<List<TownDto>>();
        // ApiRead refuses a {town} outside the caller's reach (TownAccessRequirement).
        towns.MapGet(ApiRoutes.Town, GetAsync).WithName("GetTown").WithSummary("一个镇街").Produces<TownDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    public sealed record TownDto(string Code, string Name, string Kind, bool Pilot, DateOnly? PilotStart, DateOnly? PilotEnd);

    private static async Task<IResult> ListAsync(HttpContext http, IAccessScope access, TownListReader reader, CancellationToken cancellationToken)
    {
        var reach = access.Reach(http.User);
        return Results.Ok(await QueryAsync(reader, reach.Kind == AccessReachKind.County ? null : reach.TownCode, cancellationToken));
    }

    private static async Task<IResult> GetAsync(string town, TownListReader reader, CancellationToken cancellationToken) =>
        (await QueryAsync(reader, town, cancellationToken)).SingleOrDefault() is { } found
            ? Results.Ok(found)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "找不到镇街", detail: $"没有代码为 {town} 的镇街。");

    private static async Task<List<TownDto>> QueryAsync(TownListReader reader, string? onlyTown, CancellationToken cancellationToken) =>
        (await reader.TownsAsync(onlyTown, cancellationToken))
            .Select(t => new TownDto(t.Code, t.Name, t.Kind == TownKind.Subdistrict ? "街道" : "镇", t.IsPilot, t.PilotStart, t.PilotEnd)).ToList();
}
