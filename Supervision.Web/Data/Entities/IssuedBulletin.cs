namespace Supervision.Web.Data.Entities;

/// <summary>
/// A bulletin as issued: 第 <see cref="Number"/> 期 of <see cref="Year"/> (the year it was issued in,
/// China time), with the exact workbook that was circulated, so a later download is the same file
/// even after late events have changed the figures.
/// </summary>
public sealed class IssuedBulletin
{
    public long Id { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }

    /// <summary>Canonical period text (<c>2020-W40</c>, <c>2020-10</c>, <c>2020-10-01..2020-10-31</c>).</summary>
    public string Period { get; set; } = "";
    public string PeriodLabel { get; set; } = "";

    /// <summary><c>county</c>: bulletins cover every hall.</summary>
    public string Scope { get; set; } = "county";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";

    public string GeneratedBy { get; set; } = "";
    public DateTimeOffset GeneratedAt { get; set; }

    public byte[] Content { get; set; } = [];
}
