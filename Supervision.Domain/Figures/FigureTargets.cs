using Supervision.Domain.Targets;

namespace Supervision.Domain.Figures;

/// <summary>
/// Targets a figure is marked against (未达标). Only the coverage target comes from the policy
/// (源政办发〔2020〕7号: ≥ 90 % of stationed items by 2020-10-31); the others are this project's
/// defaults, chosen from common 电子监察 and 好差评 practice, and are configurable (part of
/// <see cref="Settings.SupervisionSettings"/>, keys under <see cref="SectionName"/>). A figure without a value (“—”) never misses.
/// </summary>
public sealed class FigureTargets
{
    public const string SectionName = "Figures:Targets";

    public decimal CoverageMin { get; set; } = 0.90m;
    public decimal CaseShareMin { get; set; } = 0.90m;
    public decimal OnTimeMin { get; set; } = 0.98m;
    public decimal OneTripMin { get; set; } = 0.95m;
    public decimal GoodReviewMin { get; set; } = 0.99m;
    public decimal ReviewRateMin { get; set; } = 0.50m;

    /// <summary>Every 差评 due is rectified on time and followed up (Shandong: 100 % 回访).</summary>
    public decimal RectificationMin { get; set; } = 1.00m;
    public decimal FollowUpMin { get; set; } = 1.00m;

    public decimal ComplaintRespondMin { get; set; } = 1.00m;
    public decimal ComplaintResolveMin { get; set; } = 1.00m;

    public decimal AbandonmentMax { get; set; } = 0.05m;

    /// <summary>Mean wait (called − issued), minutes.</summary>
    public decimal MeanWaitMinutesMax { get; set; } = 15m;

    /// <summary>A waiting ticket raises <see cref="AlertKind.QueueWaitAboveThreshold"/> beyond this, minutes.</summary>
    public int QueueAlertWaitMinutes { get; set; } = 30;

    /// <summary>无权否决: no refusal without a supervisor's approval.</summary>
    public int RefusalViolationsMax { get; set; } = 0;

    public decimal AttendanceMin { get; set; } = 0.95m;

    private readonly Dictionary<TargetKey, TargetApplicability> _applicability = new()
    {
        [TargetKey.Coverage] = TargetApplicability.PilotCoverage,
    };

    /// <summary>Which halls the target of <paramref name="key"/> applies to, and from when (<see cref="TargetRules"/>).</summary>
    public TargetApplicability Applicability(TargetKey key) => _applicability.GetValueOrDefault(key, TargetApplicability.Everywhere);

    public void SetApplicability(TargetKey key, TargetApplicability applicability)
    {
        ArgumentNullException.ThrowIfNull(applicability);
        _applicability[key] = applicability;
    }

    /// <summary>The minimum a share must reach, for the targets that are minimum shares; null for the others.</summary>
    public decimal? AtLeast(TargetKey key) => key switch
    {
        TargetKey.Coverage => CoverageMin,
        TargetKey.CaseShare => CaseShareMin,
        TargetKey.OnTime => OnTimeMin,
        TargetKey.OneTrip => OneTripMin,
        TargetKey.GoodReview => GoodReviewMin,
        TargetKey.ReviewRate => ReviewRateMin,
        TargetKey.Rectification => RectificationMin,
        TargetKey.FollowUp => FollowUpMin,
        TargetKey.ComplaintRespond => ComplaintRespondMin,
        TargetKey.ComplaintResolve => ComplaintResolveMin,
        TargetKey.Attendance => AttendanceMin,
        _ => null,
    };

    public static FigureTargets Default => new();
}
