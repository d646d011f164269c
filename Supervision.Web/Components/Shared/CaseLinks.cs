using Supervision.Web.Queries.Figures;

namespace Supervision.Web.Components.Shared;

/// <summary>
/// Drill-down addresses: the case list (<c>/cases</c>) filtered to exactly the cases behind a figure. The
/// status filter sets the day the period reads (<see cref="CaseStatusFilters.DateBasis"/>), the same day
/// the figure counts a case on: acceptance for 受理件数, completion for 办结/超期/按时/一次办好.
/// </summary>
public static class CaseLinks
{
    public const string TownParameter = "town";
    public const string ItemParameter = "item";
    public const string StatusParameter = "status";
    public const string CardParameter = "card";
    public const string PeriodParameter = "period";

    public static string For(
        string? town = null,
        Period? period = null,
        CaseStatusFilter status = CaseStatusFilter.Any,
        CardColour card = CardColour.None,
        string? item = null)
    {
        var query = new List<string>();
        Add(query, TownParameter, town);
        Add(query, ItemParameter, item);
        Add(query, StatusParameter, status == CaseStatusFilter.Any ? null : status.ToString());
        Add(query, CardParameter, card == CardColour.None ? null : card.ToString());
        // “Today so far” is written as its day, so a bookmarked drill-down keeps meaning that day.
        Add(query, PeriodParameter, period is { Kind: PeriodKind.TodaySoFar } today ? Period.Day(today.Start).ToString() : period?.ToString());
        return query.Count == 0 ? "/cases" : "/cases?" + string.Join('&', query);
    }

    /// <summary>The cases of one town (or the county, <paramref name="town"/> null) accepted in a period: the rows of 受理件数.</summary>
    public static string Accepted(string? town, Period period) => For(town, period, CaseStatusFilter.Accepted);

    public static string Completed(string? town, Period period) => For(town, period, CaseStatusFilter.Completed);

    public static string Late(string? town, Period period) => For(town, period, CaseStatusFilter.Late);

    /// <summary>Open cards are “now”: no period.</summary>
    public static string Cards(string? town, CardColour card) => For(town, card: card);

    /// <summary>Parses a query value of an enum filter; anything unknown means “no filter”.</summary>
    public static TEnum Parse<TEnum>(string? value, TEnum fallback) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : fallback;

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"{name}={Uri.EscapeDataString(value)}"));
        }
    }
}
