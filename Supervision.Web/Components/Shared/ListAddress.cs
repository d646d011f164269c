namespace Supervision.Web.Components.Shared;

/// <summary>
/// The filters a list keeps in its address (<c>?period=2020-W41&amp;scope=town:370323001</c>), so a
/// drill-down, a bookmark or a shared link opens on the same rows.
/// </summary>
public static class ListAddress
{
    public const string PeriodParameter = CaseLinks.PeriodParameter;
    public const string ScopeParameter = "scope";
    private const string TownScopePrefix = "town:";

    /// <summary>The period an address names; null when it names none or one that cannot be read (the page keeps its default).</summary>
    public static Period? Period(string? text, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return Domain.Figures.Period.Parse(text, time.GetUtcNow());
        }
        catch (DomainException)
        {
            return null;
        }
    }

    /// <summary>The town of a <c>scope=town:{code}</c> parameter; null for the county or none.</summary>
    public static string? Town(string? scope) =>
        scope?.Trim() is { } s && s.StartsWith(TownScopePrefix, StringComparison.Ordinal) && s.Length > TownScopePrefix.Length
            ? s[TownScopePrefix.Length..]
            : null;

    /// <summary>The scope parameter for a town, or null (the parameter is dropped) for the county.</summary>
    public static string? Scope(string? town) => town is null ? null : TownScopePrefix + town;

    /// <summary>Rewrites one parameter of the current address in place (no new history entry).</summary>
    public static void Keep(NavigationManager navigation, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        navigation.NavigateTo(navigation.GetUriWithQueryParameter(name, value), replace: true);
    }
}
