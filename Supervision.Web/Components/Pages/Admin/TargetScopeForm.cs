namespace Supervision.Web.Components.Pages.Admin;

/// <summary>One target's applicability as the settings page edits it: town codes as typed, the date as the picker holds it.</summary>
public sealed record TargetScopeForm(TargetHalls Halls, string? Towns, DateTime? From)
{
    public static TargetScopeForm Of(TargetApplicability a) =>
        new(a.Halls, string.Join(", ", a.Towns), a.EffectiveFrom?.ToDateTime(TimeOnly.MinValue));

    public TargetApplicability ToApplicability() => new(
        Halls,
        Halls == TargetHalls.Towns
            ? (Towns ?? "").Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList()
            : [],
        From is { } d ? DateOnly.FromDateTime(d) : null);
}
