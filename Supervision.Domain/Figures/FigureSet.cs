namespace Supervision.Domain.Figures;

/// <summary>
/// Every figure of DOMAIN.md 1–12 for one scope and period, each share kept with its numerator and
/// denominator. Definitions, attribution days and edge cases: docs/metrics.md, which follows the
/// numbering used here. Figures a scope cannot have (queue figures for one item, coverage for one
/// staff member) are empty ratios and null values, shown as “—”.
/// </summary>
public sealed record FigureSet
{
    public required Scope Scope { get; init; }
    public required Period Period { get; init; }

    // 1 一窗受理事项覆盖率, as of CoverageAsOf (the period's last day).
    public Ratio ItemCoverage { get; init; }
    public DateOnly CoverageAsOf { get; init; }

    // 2 一窗受理办件占比, on the acceptance day.
    public int Accepted { get; init; }
    public Ratio CaseShare { get; init; }

    // 3 即办率, on the completion day.
    public int Completed { get; init; }
    public Ratio InstantRate { get; init; }

    // 4 按时办结率 and 超期办结, on the completion day; cards are now.
    public Ratio OnTimeRate { get; init; }
    public int CompletedLate { get; init; }
    /// <summary>Completed cases whose item has no known time limit: in <see cref="Completed"/>, not in <see cref="OnTimeRate"/>.</summary>
    public int CompletedWithoutDeadline { get; init; }
    /// <summary>初审按时上报率: pre-review items reported up by their deadline ÷ reported up, on the escalation day.</summary>
    public Ratio EscalatedOnTimeRate { get; init; }
    public int? OpenRedCards { get; init; }
    public int? OpenYellowCards { get; init; }

    // 5 办理时长 (working days) and 提速率, on the completion day.
    public decimal? MeanProcessingDays { get; init; }
    public decimal? MedianProcessingDays { get; init; }
    public decimal? P90ProcessingDays { get; init; }
    /// <summary>提速率 = (promised − used) ÷ promised over completed non-instant cases.</summary>
    public Ratio SpeedUpRate { get; init; }

    // 6 一次办好率, on the completion day; visits on each visit's day.
    public int Visits { get; init; }
    public Ratio OneTripRate { get; init; }

    // 7 排队, on the ticket's issue day; live parts are now.
    public int TicketsIssued { get; init; }
    public int TicketsCalled { get; init; }
    public decimal? MeanWaitSeconds { get; init; }
    public decimal? P90WaitSeconds { get; init; }
    public long? MaxWaitSeconds { get; init; }
    public Ratio AbandonmentRate { get; init; }
    public int? WaitingNow { get; init; }
    public long? LongestCurrentWaitSeconds { get; init; }
    public int? WindowsServingNow { get; init; }

    // 8 好差评, reviews on the submission day, rectification and follow-up on the rectification due day.
    public int Reviews { get; init; }
    public Ratio GoodReviewRate { get; init; }
    public int NegativeReviews { get; init; }
    public Ratio ReviewRate { get; init; }
    public Ratio RectifiedOnTimeRate { get; init; }
    public Ratio FollowUpRate { get; init; }

    // 9 投诉, filed and substantiated on the filing day, on-time rates on their due days.
    public int ComplaintsFiled { get; init; }
    public Ratio ComplaintsPerThousandAccepted { get; init; }
    public Ratio ComplaintRespondedOnTimeRate { get; init; }
    public Ratio ComplaintResolvedOnTimeRate { get; init; }
    public int ComplaintsSubstantiated { get; init; }

    // 10 无权否决, on the refusal day.
    public int Refusals { get; init; }
    public int RefusalViolations { get; init; }

    // 11 工作人员 (for a hall: all its staff), tickets on the issue day, attendance on its date.
    public int TicketsServed { get; init; }
    public decimal? MeanServiceSeconds { get; init; }
    public Ratio AttendanceRate { get; init; }
    public int DaysLate { get; init; }
    /// <summary>Expected working days without an attendance report (未报); they count as not attended.</summary>
    public int DaysUnreported { get; init; }
    /// <summary>Staff only: cases they accepted that finished late in the period, or are open past their deadline.</summary>
    public int OverdueCases { get; init; }
    /// <summary>Staff only: cases accepted plus tickets served, as a share of the busiest colleague's in the same hall.</summary>
    public Ratio WorkloadShare { get; init; }

    // 12 综合评分 (0–100): the hall score for county and town scopes, the staff score for a staff member.
    public decimal? Score { get; init; }

    /// <summary>
    /// The targets that apply to this scope on this period (<see cref="Targets.TargetRules"/>), each with
    /// the figure it was judged on; a figure without an entry has no target here.
    /// </summary>
    public IReadOnlyList<TargetJudgement> Judgements
    {
        get => _judgements;
        init
        {
            _judgements = value;
            Misses = value.Where(j => j.Missed).Select(j => j.Miss).ToList();
        }
    }

    private readonly IReadOnlyList<TargetJudgement> _judgements = [];

    /// <summary>Figures below (or above) a target that applies to them, in figure order (set with <see cref="Judgements"/>).</summary>
    public IReadOnlyList<FigureMiss> Misses { get; init; } = [];

    /// <summary>The judgement of <paramref name="key"/>'s target, or null when no target applies here.</summary>
    public TargetJudgement? Judgement(TargetKey key) => Judgements.FirstOrDefault(j => j.Key == key);

    /// <summary>The minimum share to mark <paramref name="key"/>'s figure against (未达标), or null when no such target applies here.</summary>
    public decimal? AtLeast(TargetKey key, FigureTargets targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return Judgement(key) is not null ? targets.AtLeast(key) : null;
    }
}

/// <summary>
/// A figure judged against a target that applies: the value it was judged on (for a county figure
/// pooling only some halls, theirs, named by <see cref="Pool"/> e.g. 「试点镇街（2个）」), the target
/// and whether it missed.
/// </summary>
public sealed record TargetJudgement(TargetKey Key, string Actual, string Target, string? Pool, bool Missed, Ratio? Share)
{
    public FigureMiss Miss => new(Key.ChineseName(), Pool is null ? Actual : $"{Pool}{Actual}", Target);
}

/// <summary>A figure that missed its target, with both shown as text (e.g. “85.0%” against “≥ 90.0%”).</summary>
public sealed record FigureMiss(string Figure, string Actual, string Target);
