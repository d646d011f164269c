using Supervision.Web.Queries.Settings;
using Supervision.Web.Security;
using Supervision.Web.Security.Audit;
using Supervision.Web.Routing;

namespace Supervision.Web.Settings;

/// <summary>
/// <c>GET /api/v1/settings</c> (any reader: the weights and targets are published with every bulletin)
/// and <c>PUT /api/v1/settings</c> (county administrators only). Values are in stored units: a
/// percentage as a share 0–1, time limits in working days, waits in minutes.
/// </summary>
public static class SettingsEndpoints
{
    public static IEndpointRouteBuilder MapSettingsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ApiRoutes.Settings, Get).RequireAuthorization(SupervisionPolicies.ApiRead)
            .WithName("GetSettings").WithTags(ApiTags.Settings).WithSummary("当前配置（权重与目标）");
        endpoints.MapPut(ApiRoutes.Settings, PutAsync).RequireAuthorization(SupervisionPolicies.Admin)
            .WithName("PutSettings").WithTags(ApiTags.Settings).WithSummary("修改配置（县级管理员）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    public sealed record SettingsDto(int Revision, IReadOnlyDictionary<string, decimal> Values, IReadOnlyDictionary<string, ApplicabilityDto> Applicability);

    /// <summary>Which halls a target applies to and from when.</summary>
    /// <param name="Halls"><c>All</c> (全部镇街), <c>Pilots</c> (试点镇街, and others from their roll-out date) or <c>Towns</c> (the towns listed).</param>
    /// <param name="Towns">Town codes, for <c>Towns</c>.</param>
    /// <param name="From">First day in force (yyyy-MM-dd), or null for always.</param>
    public sealed record ApplicabilityDto(string Halls, IReadOnlyList<string>? Towns, DateOnly? From);

    /// <param name="Revision">The revision the values were edited from; a save after someone else's is refused.</param>
    /// <param name="Values">Fields to change; fields not given keep their current value.</param>
    /// <param name="Applicability">Targets (by <see cref="TargetKey"/> name, e.g. <c>Coverage</c>) whose applicability changes; the others keep theirs.</param>
    /// <param name="Note">修改说明 (required).</param>
    public sealed record SettingsUpdate(int Revision, Dictionary<string, decimal>? Values, Dictionary<string, ApplicabilityDto>? Applicability, string? Note);

    private static SettingsDto Get(ISettingsProvider settings) => Dto(settings.Current);

    private static async Task<IResult> PutAsync(SettingsUpdate update, HttpContext http, SettingsStore store, CancellationToken cancellationToken)
    {
        var values = store.Current.Settings.ToValues().ToDictionary(StringComparer.Ordinal);
        foreach (var (key, value) in update.Values ?? [])
        {
            values[SettingFields.Find(key)?.Key ?? key] = value;
        }
        var next = SupervisionSettings.FromValues(values, out var parsing).WithApplicabilityOf(store.Current.Settings);
        var errors = parsing.ToList();
        foreach (var (name, dto) in update.Applicability ?? [])
        {
            if (!Enum.TryParse<TargetKey>(name, ignoreCase: true, out var key) || !Enum.IsDefined(key))
            {
                errors.Add(new SettingError(name, $"未知的目标：{name}。"));
            }
            else if (!Enum.TryParse<TargetHalls>(dto.Halls, ignoreCase: true, out var halls) || !Enum.IsDefined(halls))
            {
                errors.Add(new SettingError(SupervisionSettings.ApplicabilityKey(key), $"“{key.ChineseName()}”目标的适用镇街“{dto.Halls}”无法识别：应为 All（全部镇街）、Pilots（试点镇街）或 Towns（指定镇街）。"));
            }
            else
            {
                next.Targets.SetApplicability(key, new TargetApplicability(halls, halls == TargetHalls.Towns ? [.. dto.Towns ?? []] : [], dto.From));
            }
        }
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

    private static SettingsDto Dto(SettingsSnapshot snapshot) => new(snapshot.Revision, snapshot.Settings.ToValues(),
        snapshot.Settings.Applicabilities().ToDictionary(a => a.Key.ToString(),
            a => new ApplicabilityDto(a.Value.Halls.ToString(), a.Value.Towns, a.Value.EffectiveFrom)));
}
