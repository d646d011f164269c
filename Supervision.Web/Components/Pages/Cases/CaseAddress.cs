using Microsoft.AspNetCore.WebUtilities;
using Supervision.Web.Components.Shared;

namespace Supervision.Web.Components.Pages.Cases;

/// <summary>
/// The case page's address carries the filters of the list it was opened from
/// (<c>/cases/{town}/{case}?town=…&amp;period=…&amp;status=…</c>), so its breadcrumb returns to the same rows.
/// Only the list's own filters travel; the town check reads them like any other address.
/// </summary>
public static class CaseAddress
{
    private static readonly string[] ListFilters =
        [CaseLinks.TownParameter, CaseLinks.ItemParameter, CaseLinks.StatusParameter, CaseLinks.CardParameter, CaseLinks.PeriodParameter];

    private static readonly Uri AnyHost = new("http://localhost/");

    /// <param name="listAddress">The list's address with its filters, as <see cref="CaseLinks.For"/> writes it.</param>
    public static string Detail(string town, string caseId, string listAddress)
    {
        ArgumentNullException.ThrowIfNull(listAddress);
        var query = listAddress.IndexOf('?', StringComparison.Ordinal) is var at and >= 0 ? listAddress[at..] : "";
        return $"/cases/{Uri.EscapeDataString(town)}/{Uri.EscapeDataString(caseId)}{query}";
    }

    /// <summary>The list to return to: <c>/cases</c> with the list filters found in the case page's address.</summary>
    public static string List(string detailAddress)
    {
        var query = Uri.TryCreate(AnyHost, detailAddress, out var absolute) ? QueryHelpers.ParseQuery(absolute.Query) : [];
        var kept = ListFilters
            .Where(name => query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
            .Select(name => $"{name}={Uri.EscapeDataString(query[name].ToString())}")
            .ToList();
        return kept.Count == 0 ? "/cases" : "/cases?" + string.Join('&', kept);
    }
}
