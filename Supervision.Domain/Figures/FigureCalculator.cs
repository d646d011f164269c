using Supervision.Domain.Activity.Rollups;
using Supervision.Domain.Events;
using Supervision.Domain.Reference;
using Supervision.Domain.Targets;

namespace Supervision.Domain.Figures;

/// <summary>
/// Builds the <see cref="FigureSet"/> of a scope and period from daily rollups (DOMAIN figures 1–12).
/// Pure: the same inputs give the same figures. Weights are validated once, here.
/// </summary>
public sealed class FigureCalculator(ScoreWeights? weights = null, StaffScoreWeights? staffWeights = null, FigureTargets? targets = null)
{
    public ScoreWeights Weights { get; } = (weights ?? ScoreWeights.Default).Validate();
    public StaffScoreWeights StaffWeights { get; } = (staffWeights ?? StaffScoreWeights.Default).Validate();
    public FigureTargets Targets { get; } = targets ?? FigureTargets.Default;

    public FigureSet Calculate(Scope scope, Period period, FigureSources sources)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(sources);
        return scope.Kind switch
        {
            ScopeKind.Staff => ForStaff(scope, period, sources),
            ScopeKind.Item => ForItem(scope, period, sources),
            _ => ForHalls(scope, period, sources),
        };
    }

    /// <summary>County or hall figures straight from town rollups (no staff or item rows: figure 11's service time stays empty).</summary>
    public FigureSet Calculate(Scope scope, Period period, IEnumerable<TownDayRollup> townDays,
        IEnumerable<HallItemStatus> itemHistory, IEnumerable<LiveHallState>? live = null) =>
        Calculate(scope, period, new FigureSources { TownDays = townDays, ItemHistory = itemHistory, Live = live ?? [] });

    /// <summary>One <see cref="FigureSet"/> per town, ranked by composite score for a bulletin.</summary>
    public IReadOnlyList<RankedHall> RankHalls(IEnumerable<string> towns, Period period, FigureSources sources) =>
        HallRanking.Rank(towns.Select(t => Calculate(Scope.Town(t), period, sources)));

    private FigureSet ForHalls(Scope scope, Period period, FigureSources sources)
    {
        var set = Pooled(scope, period, sources, town => scope.Kind == ScopeKind.County || town == scope.Code,
            ItemCoverage.AsOf(sources.ItemHistory, period.End, scope));
        var pools = scope.Kind == ScopeKind.County
            ? Enum.GetValues<TargetKey>().ToDictionary(k => k, k => TargetRules.Pool(Targets.Applicability(k), sources.Halls, period))
            : TargetRules.For(Targets, Standing(sources, scope.Code!), period).ToDictionary(k => k, _ => TargetPool.Whole);
        var byPool = new Dictionary<string, FigureSet>(StringComparer.Ordinal);
        FigureSet Pool(IReadOnlyList<string> towns)
        {
            var key = string.Join(",", towns);
            if (!byPool.TryGetValue(key, out var pooled))
            {
                var members = towns.ToHashSet(StringComparer.Ordinal);
                pooled = Pooled(scope, period, sources, members.Contains,
                    ItemCoverage.AsOf(sources.ItemHistory, period.End, s => members.Contains(s.TownCode)));
                byPool[key] = pooled;
            }
            return pooled;
        }
        set = set with { Judgements = FigureMisses.Judge(set, Targets, pools, Pool) };
        return set with { Score = JudgedScore(set, Weights) };
    }

    private static HallStanding Standing(FigureSources sources, string town) =>
        sources.Halls.FirstOrDefault(h => h.Town == town) ?? HallStanding.Unknown(town);

    /// <summary>The figures of the halls <paramref name="inScope"/> accepts, pooled, without targets or score.</summary>
    private static FigureSet Pooled(Scope scope, Period period, FigureSources sources, Func<string, bool> inScope, Ratio coverage)
    {
        var t = RollupSum.Sum(sources.TownDays.Where(r => inScope(r.Town) && period.Contains(r.Day)), scope.ToString(), period.Start);
        var processing = Histogram.Parse(t.ProcessingDaysHistogram, Histogram.ProcessingDaysBinWidth);
        var waits = Histogram.Parse(t.WaitHistogram, Histogram.WaitSecondsBinWidth);
        var staff = sources.StaffDays.Where(r => inScope(r.Town) && period.Contains(r.Day)).ToList();
        var liveRows = sources.Live.Where(l => inScope(l.Town)).ToList();
        var live = liveRows.Count == 0 ? null : LiveHallState.Combine(scope.ToString(), liveRows);
        var ticketsServed = staff.Sum(s => s.TicketsServed);
        var open = DueCutoff.Open(sources.NotYetDue.Where(r => inScope(r.Town) && period.Contains(r.Day)));

        return new FigureSet
        {
            Scope = scope,
            Period = period,
            ItemCoverage = coverage,
            CoverageAsOf = period.End,
            Accepted = t.Accepted,
            CaseShare = Ratio.Of(t.AcceptedComprehensive, t.Accepted),
            Completed = t.Completed,
            InstantRate = Ratio.Of(t.InstantSameDay, t.Completed),
            OnTimeRate = Ratio.Of(t.CompletedOnTime, t.CompletedOnTime + t.CompletedLate),
            CompletedLate = t.CompletedLate,
            CompletedWithoutDeadline = t.Completed - t.CompletedOnTime - t.CompletedLate,
            EscalatedOnTimeRate = Ratio.Of(t.EscalatedOnTime, t.EscalatedPreReview),
            OpenRedCards = live?.OpenRedCards,
            OpenYellowCards = live?.OpenYellowCards,
            MeanProcessingDays = Mean(t.ProcessingDaysSum, t.ProcessingCount, 2),
            MedianProcessingDays = Edge(processing.Median, 1),
            P90ProcessingDays = Edge(processing.P90, 1),
            SpeedUpRate = new Ratio(t.PromisedDaysSum - Dec(t.NonInstantUsedDaysSum, 4), t.PromisedDaysSum),
            Visits = t.Visits,
            OneTripRate = Ratio.Of(t.CompletedOneTrip, t.Completed),
            TicketsIssued = t.TicketsIssued,
            TicketsCalled = t.TicketsCalled,
            MeanWaitSeconds = Mean(t.WaitSecondsSum, t.TicketsCalled, 1),
            P90WaitSeconds = Edge(waits.P90, 0),
            MaxWaitSeconds = t.TicketsCalled > 0 ? t.WaitSecondsMax : null,
            AbandonmentRate = Ratio.Of(t.TicketsAbandoned, t.TicketsIssued),
            WaitingNow = live?.WaitingNow,
            LongestCurrentWaitSeconds = live?.LongestCurrentWaitSeconds,
            WindowsServingNow = live?.WindowsServingNow,
            Reviews = t.Reviews,
            GoodReviewRate = Ratio.Of(t.ReviewsGood, t.Reviews),
            NegativeReviews = t.ReviewsNegative,
            ReviewRate = Ratio.Of(t.CompletedReviewed, t.Completed),
            RectifiedOnTimeRate = Ratio.Of(t.NegativeRectifiedOnTime, t.NegativeRectifyDue - open.Rectify),
            FollowUpRate = Ratio.Of(t.NegativeFollowedUp, t.NegativeRectifyDue),
            ComplaintsFiled = t.ComplaintsFiled,
            ComplaintsPerThousandAccepted = Ratio.Of(t.ComplaintsFiled, t.Accepted),
            ComplaintRespondedOnTimeRate = Ratio.Of(t.ComplaintsRespondedOnTime, t.ComplaintsRespondDue - open.Respond),
            ComplaintResolvedOnTimeRate = Ratio.Of(t.ComplaintsResolvedOnTime, t.ComplaintsResolveDue - open.Resolve),
            ComplaintsSubstantiated = t.ComplaintsSubstantiated,
            Refusals = t.Refusals,
            RefusalViolations = t.RefusalViolations,
            TicketsServed = ticketsServed,
            MeanServiceSeconds = Mean(staff.Sum(s => s.ServiceSecondsSum), ticketsServed, 1),
            AttendanceRate = Attendance(t.AttendancePresent, t.AttendanceLate, t.AttendanceAbsent),
            DaysLate = t.AttendanceLate,
        };
    }

    private FigureSet ForStaff(Scope scope, Period period, FigureSources sources)
    {
        var rows = sources.StaffDays.Where(r => r.StaffId == scope.Code && period.Contains(r.Day)).ToList();
        int Days(AttendanceStatus status) => rows.Count(r => r.AttendanceStatus == status);
        var context = sources.Staff.GetValueOrDefault(scope.Code!) ?? StaffContext.None;
        var reported = rows.Where(r => r.AttendanceStatus is not null).Select(r => r.Day).ToHashSet();
        // 未报: an expected working day without any report (a day of leave is a report).
        var unreported = context.ExpectedDays.Count(d => period.Contains(d) && !reported.Contains(d));
        var served = rows.Sum(r => r.TicketsServed);
        var accepted = rows.Sum(r => r.CasesAccepted);
        var reviews = rows.Sum(r => r.Reviews);
        var set = new FigureSet
        {
            Scope = scope,
            Period = period,
            CoverageAsOf = period.End,
            Accepted = accepted,
            TicketsServed = served,
            MeanServiceSeconds = Mean(rows.Sum(r => r.ServiceSecondsSum), served, 1),
            Reviews = reviews,
            GoodReviewRate = Ratio.Of(rows.Sum(r => r.ReviewsGood), reviews),
            NegativeReviews = rows.Sum(r => r.ReviewsNegative),
            AttendanceRate = Attendance(Days(AttendanceStatus.Present), Days(AttendanceStatus.Late), Days(AttendanceStatus.Absent) + unreported),
            DaysLate = Days(AttendanceStatus.Late),
            DaysUnreported = unreported,
            OverdueCases = context.OverdueCases,
            ComplaintsSubstantiated = context.SubstantiatedComplaints,
            WorkloadShare = context.HallWorkloadPeak > 0 ? Ratio.Of(accepted + served, context.HallWorkloadPeak) : Ratio.Empty,
        };
        set = set with { Score = StaffScore(set, StaffWeights) };
        return set with { Judgements = FigureMisses.JudgeAll(set, Targets, EveryHallTargets(period)) };
    }

    private FigureSet ForItem(Scope scope, Period period, FigureSources sources)
    {
        var rows = sources.ItemDays.Where(r => r.ItemCode == scope.Code && period.Contains(r.Day)).ToList();
        var onTime = rows.Sum(r => r.CompletedOnTime);
        var late = rows.Sum(r => r.CompletedLate);
        var completed = rows.Sum(r => r.Completed);
        var set = new FigureSet
        {
            Scope = scope,
            Period = period,
            ItemCoverage = ItemCoverage.AsOf(sources.ItemHistory, period.End, scope),
            CoverageAsOf = period.End,
            Accepted = rows.Sum(r => r.Accepted),
            Completed = completed,
            OnTimeRate = Ratio.Of(onTime, onTime + late),
            CompletedLate = late,
            CompletedWithoutDeadline = completed - onTime - late,
        };
        return set with { Judgements = FigureMisses.JudgeAll(set, Targets, EveryHallTargets(period)) };
    }

    /// <summary>A staff member or an item is judged only on the targets set for every hall and in force.</summary>
    private IEnumerable<TargetKey> EveryHallTargets(Period period) => Enum.GetValues<TargetKey>()
        .Where(k => Targets.Applicability(k) is { Halls: TargetHalls.All } a && TargetRules.Applies(a, HallStanding.Unknown(""), period));

    /// <summary>
    /// Figure 12: 100 × Σ weight·share ÷ Σ weight over the components that have a value, one decimal;
    /// null when none has.
    /// </summary>
    public static decimal? HallScore(FigureSet f, ScoreWeights weights)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(weights);
        return Composite(weights.Components().Select(c => (c.Weight, ComponentValue(f, c.Component))));
    }

    /// <summary>
    /// Figure 11's score (docs/metrics.md, 工作人员综合评分): 好评率 and 出勤率 weighted like
    /// <see cref="HallScore"/>, blended with the workload share, less points for each overdue case, 差评 and
    /// substantiated complaint; never below 0, one decimal; null when there is nothing to score.
    /// </summary>
    public static decimal? StaffScore(FigureSet f, StaffScoreWeights weights)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(weights);
        var quality = Composite([(weights.GoodReview, f.GoodReviewRate.Value), (weights.Attendance, f.AttendanceRate.Value)]);
        var workload = f.WorkloadShare.Value is { } w ? 100m * w : (decimal?)null;
        decimal? baseScore = (quality, workload) switch
        {
            (null, null) => null,
            ({ } q, null) => q,
            (null, { } l) => l,
            ({ } q, { } l) => (1 - weights.Workload) * q + weights.Workload * l,
        };
        if (baseScore is not { } score)
        {
            return null;
        }
        var deducted = score
            - weights.OverdueCasePoints * f.OverdueCases
            - weights.NegativeReviewPoints * f.NegativeReviews
            - weights.SubstantiatedComplaintPoints * f.ComplaintsSubstantiated;
        return Math.Round(Math.Max(0m, deducted), 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Figure 12 over the targets that apply: a component whose target does not apply to the scope on
    /// the period leaves the score, and its weight is shared among the others in proportion (the
    /// division by Σ weight); a pooled county target scores the pool's value.
    /// </summary>
    public static decimal? JudgedScore(FigureSet f, ScoreWeights weights)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(weights);
        return Composite(weights.Components().Select(c => (c.Weight,
            f.Judgement(c.Component.Target())?.Share?.Value is { } share
                ? c.Component == ScoreComponent.QueueRetention ? 1 - share : share
                : (decimal?)null)));
    }

    public static decimal? ComponentValue(FigureSet f, ScoreComponent component) => component switch
    {
        ScoreComponent.Coverage => f.ItemCoverage.Value,
        ScoreComponent.CaseShare => f.CaseShare.Value,
        ScoreComponent.OnTime => f.OnTimeRate.Value,
        ScoreComponent.OneTrip => f.OneTripRate.Value,
        ScoreComponent.GoodReview => f.GoodReviewRate.Value,
        ScoreComponent.Rectification => f.RectifiedOnTimeRate.Value,
        ScoreComponent.ComplaintResolution => f.ComplaintResolvedOnTimeRate.Value,
        _ => 1 - f.AbandonmentRate.Value,
    };

    private static decimal? Composite(IEnumerable<(decimal Weight, decimal? Value)> parts)
    {
        decimal weighted = 0, weightSum = 0;
        foreach (var (weight, value) in parts)
        {
            if (value is { } v && weight > 0)
            {
                weighted += weight * v;
                weightSum += weight;
            }
        }
        return weightSum == 0 ? null : Math.Round(100m * weighted / weightSum, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>出勤率: late still counts as attended; approved leave is not a scheduled day.</summary>
    private static Ratio Attendance(int present, int late, int absent) => Ratio.Of(present + late, present + late + absent);

    private static decimal? Mean(double sum, long count, int decimals) =>
        count == 0 ? null : Math.Round(Dec(sum, 6) / count, decimals, MidpointRounding.AwayFromZero);

    private static decimal? Mean(long sum, long count, int decimals) =>
        count == 0 ? null : Math.Round((decimal)sum / count, decimals, MidpointRounding.AwayFromZero);

    // Histogram edges are multiples of a bin width in double arithmetic (0.30000000000000004).
    private static decimal? Edge(double? edge, int decimals) => edge is { } e ? Dec(e, decimals) : null;

    private static decimal Dec(double d, int decimals) => Math.Round((decimal)d, decimals, MidpointRounding.AwayFromZero);
}
