using Supervision.Web.Common;
using Supervision.Web.Queries.Figures;

namespace Supervision.Web.Export.Bulletins;

/// <summary>Everything one bulletin shows, read once so the summary, the sheets and the page agree.</summary>
public sealed record BulletinContent
{
    public required BulletinFacts Facts { get; init; }
    public required ScoreWeights Weights { get; init; }
    public required FigureTargets Targets { get; init; }
    public required IReadOnlyList<TownSummary> Towns { get; init; }

    /// <summary>The first instant after the period (local midnight after its last day).</summary>
    public required DateTimeOffset PeriodEnd { get; init; }

    /// <summary>Cases open at the end of the period and past their deadline then (逾期未办结).</summary>
    public required IReadOnlyList<CaseRecord> OverdueOpen { get; init; }

    /// <summary>Cases completed in the period after their deadline (超期办结), as counted in 超期办结.</summary>
    public required IReadOnlyList<CaseRecord> CompletedLate { get; init; }

    /// <summary>差评 submitted in the period or due for rectification in it.</summary>
    public required IReadOnlyList<ReviewRecord> NegativeReviews { get; init; }

    /// <summary>Complaints filed in the period or due for resolution in it.</summary>
    public required IReadOnlyList<ComplaintRecord> Complaints { get; init; }

    /// <summary>
    /// The listed cases whose deadline was counted through a year without 放假安排 (暂定), as (Town, CaseId).
    /// </summary>
    public IReadOnlySet<(string Town, string CaseId)> ProvisionalDeadlines { get; init; } = new HashSet<(string, string)>();

    public required IReadOnlyList<StaffPerformance> Staff { get; init; }
    public required IReadOnlyList<PilotTask> PilotTasks { get; init; }
    public required IReadOnlyDictionary<string, string> ItemNames { get; init; }
    public required IReadOnlyDictionary<string, string> StaffNames { get; init; }

    /// <summary>Window names by code (the 差评 sheet names the window a review was given at).</summary>
    public IReadOnlyDictionary<string, string> WindowNames { get; init; } = new Dictionary<string, string>();

    /// <summary>督办单 of the period and the follow-up of the previous bulletin's criticisms.</summary>
    public OrderBulletinPart Orders { get; init; } = OrderBulletinPart.Empty;

    public Period Period => Facts.Period;

    public string TownName(string code) => Facts.NameOf(code);

    public bool IsPilot(string code) => Towns.Any(t => t.Code == code && t.IsPilot);

    public string ItemName(string? code) => code is null ? "" : ZhFormat.Named(ItemNames, code);

    public string StaffName(string? id) => id is null ? "" : ZhFormat.Named(StaffNames, id);

    public string WindowName(string? code) => code is null ? "" : ZhFormat.Named(WindowNames, code);

    /// <summary>The latest event received when the content was read (数据截至); null when there is none.</summary>
    public DateTimeOffset? DataAsOf { get; init; }

    /// <summary>The generated summary paragraph: the default the issuer edits.</summary>
    public string Summary => BulletinText.Summary(Facts);

    /// <summary>The generated 通报表扬 lines.</summary>
    public IReadOnlyList<string> Praise => BulletinText.PraiseLines(Facts);

    /// <summary>The generated 通报批评 lines.</summary>
    public IReadOnlyList<string> Criticism => BulletinText.CriticismLines(Facts);

    /// <summary>A digest of the figures the bulletin prints, to tell when later data moved them (<see cref="BulletinFingerprint"/>).</summary>
    public string Fingerprint => BulletinFingerprint.Of(Facts);

    public bool IsProvisional(CaseRecord c) => ProvisionalDeadlines.Contains((c.Town, c.CaseId));
}

/// <summary>One staff member's figures (DOMAIN 11) for the period.</summary>
public sealed record StaffPerformance(Staff Staff, FigureSet Figures);
