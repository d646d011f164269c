using Supervision.Domain.Settings;
using Supervision.Web.Security;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Settings;

/// <summary>
/// <c>GET /api/v1/settings</c> (any reader: the weights and targets are published with every bulletin)
/// and <c>PUT /api/v1/settings</c> (county administrators only). Values are in stored units: a
/// percentage as a share 0–1, time limits in working days, waits in minutes.
/// </summary>
public static class SettingsEndpoints
{
    public const string Path = "/api/v1/settings";

    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, Get).RequireAuthorization(SupervisionPolicies.ApiRead);
        endpoints.MapPut(Path, PutAsync).RequireAuthorization(SupervisionPolicies.Admin);
        return endpoints;
    }

    public sealed record SettingsDto(int Revision, IReadOnlyDictionary<string, decimal> Values);

    /// <param name="Revision">The revision the values were edited from; a save after someone else's is refused.</param>
    /// <param name="Values">Fields to change; fields not given keep their current value.</param>
    /// <param name="Note">修改说明 (required).</param>
    public sealed record SettingsUpdate(int Revision, Dictionary<string, decimal>? Values, string? Note);

    private static SettingsDto Get(ISettingsProvider settings) => Dto(settings.Current);

    private static async Task<IResult> PutAsync(SettingsUpdate update, HttpContext http, SettingsStore store, CancellationToken cancellationToken)
    {
        var values = store.Current.Settings.ToValues().ToDictionary(StringComparer.Ordinal);
        foreach (var (key, value) in update.Values ?? [])
        {
            values[SettingFields.Find(key)?.Key ?? key] = value;
        }
        var next = SupervisionSettings.FromValues(values, out var errors);
        try
        {
            if (errors.Count > 0)
            {
                throw new SettingsValidationException(errors);
            }
            return Results.Ok(Dto(await store.SaveAsync(AuditActor.From(http), update.Revision, next, update.Note, cancellationToken)));
        }
        catch (SettingsValidationException e)
        {
            return Results.ValidationProblem(
                e.Errors.GroupBy(x => x.Field).ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray()),
                title: "配置无效", detail: e.Message);
        }
    }

    private static SettingsDto Dto(SettingsSnapshot snapshot) => new(snapshot.Revision, snapshot.Settings.ToValues());
}
