namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// Which issue a workbook is: 第 <see cref="Number"/> 期 of <see cref="Year"/> (its <see cref="Revision"/>-th
/// 更正 when above 0), when and by whom, and the data it was read from (<see cref="DataAsOf"/>).
/// </summary>
public sealed record BulletinIdentity(int Year, int Number, DateTimeOffset IssuedAt, string IssuedBy)
{
    public int Revision { get; init; }

    public DateTimeOffset DataAsOf { get; init; }

    /// <summary>For a 更正: what it replaces and why, printed on the 综述 sheet.</summary>
    public string? Correction { get; init; }

    /// <summary>e.g. 「…工作通报 2020年第40期（更正）」.</summary>
    public string Title => BulletinText.Title(Year, Number) + (Revision > 0 ? BulletinText.CorrectionMark : "");

    /// <summary>e.g. 「2020年第40期（更正）」.</summary>
    public string NumberLabel => BulletinText.NumberLabel(Year, Number) + (Revision > 0 ? BulletinText.CorrectionMark : "");
}
