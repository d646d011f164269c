using Supervision.Web.Routing;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Export.Bulletins;

/// <summary>A bulletin in the history list (without its file).</summary>
public sealed record IssuedBulletinInfo(
    long Id, int Year, int Number, int Revision, string Period, string PeriodLabel, string Scope, string Title,
    string DocumentNumber, string GeneratedBy, DateTimeOffset GeneratedAt, DateTimeOffset DataAsOf, string Fingerprint,
    BulletinState State, string? StateReason, string? StateChangedBy, DateTimeOffset? StateChangedAt)
{
    /// <summary>e.g. 「2020年第3期」 or 「2020年第3期（更正）」.</summary>
    public string NumberLabel => BulletinText.NumberLabel(Year, Number) + (Revision > 0 ? BulletinText.CorrectionMark : "");

    public string FileName => $"通报{Year}年第{Number}期" + Revision switch { 0 => "", 1 => "（更正）", _ => $"（第{Revision}次更正）" } + ".xlsx";

    /// <summary>This revision's file; every revision stays downloadable.</summary>
    public string DownloadPath => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ApiRoutes.BulletinFile(Year, Number)}?revision={Revision}");

    /// <summary>「印发」, 「已被更正」 or 「已撤回」.</summary>
    public string StateText => State switch
    {
        BulletinState.Superseded => "已被更正（作废）",
        BulletinState.Withdrawn => "已撤回",
        _ => "有效",
    };

    public BulletinAuditInfo Audit => new(Year, Number, Period, Scope, Title) { Revision = Revision };

    public static IssuedBulletinInfo Of(IssuedBulletin b) => Projection.Compile()(b);

    /// <summary>The columns of the list, without the file (for queries).</summary>
    public static Expression<Func<IssuedBulletin, IssuedBulletinInfo>> Projection { get; } = b => new IssuedBulletinInfo(
        b.Id, b.Year, b.Number, b.Revision, b.Period, b.PeriodLabel, b.Scope, b.Title, b.DocumentNumber, b.GeneratedBy, b.GeneratedAt,
        b.DataAsOf, b.Fingerprint, b.State, b.StateReason, b.StateChangedBy, b.StateChangedAt);
}
