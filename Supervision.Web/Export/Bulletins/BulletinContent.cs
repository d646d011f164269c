using Supervision.Domain.Activity;
using Supervision.Domain.Bulletins;
using Supervision.Domain.Figures;
using Supervision.Domain.Reference;
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

    public Period Period => Facts.Period;

    public string TownName(string code) => Facts.NameOf(code);

    public bool IsPilot(string code) => Towns.Any(t => t.Code == code && t.IsPilot);

    public string ItemName(string? code) => code is null ? "" : ItemNames.TryGetValue(code, out var n) ? n : code;

    public string StaffName(string? id) => id is null ? "" : StaffNames.TryGetValue(id, out var n) ? n : id;

    public string Summary => BulletinText.Summary(Facts);

    public bool IsProvisional(CaseRecord c) => ProvisionalDeadlines.Contains((c.Town, c.CaseId));
}

/// <summary>One staff member's figures (DOMAIN 11) for the period.</summary>
public sealed record StaffPerformance(Staff Staff, FigureSet Figures);
