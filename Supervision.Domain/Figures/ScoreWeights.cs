namespace Supervision.Domain.Figures;

/// <summary>
/// Weights of the hall composite score (DOMAIN figure 12), published with every bulletin. Each
/// component is a share between 0 and 1 where higher is better; the score is
/// 100 × Σ weight·share over the components that have a value, divided by the sum of those
/// components' weights, so a hall is not punished for a figure it has no data for (no 差评 due → no
/// 差评整改率). Part of <see cref="Settings.SupervisionSettings"/>, which validates it field by field;
/// <see cref="SectionName"/> prefixes the field keys.
/// </summary>
public sealed class ScoreWeights
{
    public const string SectionName = "Figures:ScoreWeights";

    /// <summary>一窗受理事项覆盖率 — the pilot's headline target.</summary>
    public decimal Coverage { get; set; } = 0.20m;

    /// <summary>一窗受理办件占比.</summary>
    public decimal CaseShare { get; set; } = 0.10m;

    /// <summary>按时办结率.</summary>
    public decimal OnTime { get; set; } = 0.20m;

    /// <summary>一次办好率.</summary>
    public decimal OneTrip { get; set; } = 0.15m;

    /// <summary>好评率.</summary>
    public decimal GoodReview { get; set; } = 0.15m;

    /// <summary>差评整改率 (rectified on time).</summary>
    public decimal Rectification { get; set; } = 0.05m;

    /// <summary>投诉按时办结率.</summary>
    public decimal ComplaintResolution { get; set; } = 0.05m;

    /// <summary>1 − 弃号率: applicants who waited until called.</summary>
    public decimal QueueRetention { get; set; } = 0.10m;

    public static ScoreWeights Default => new();

    public decimal Sum => Coverage + CaseShare + OnTime + OneTrip + GoodReview + Rectification + ComplaintResolution + QueueRetention;

    public IEnumerable<(ScoreComponent Component, decimal Weight)> Components() =>
    [
        (ScoreComponent.Coverage, Coverage), (ScoreComponent.CaseShare, CaseShare), (ScoreComponent.OnTime, OnTime),
        (ScoreComponent.OneTrip, OneTrip), (ScoreComponent.GoodReview, GoodReview),
        (ScoreComponent.Rectification, Rectification), (ScoreComponent.ComplaintResolution, ComplaintResolution),
        (ScoreComponent.QueueRetention, QueueRetention),
    ];

    public decimal Get(ScoreComponent component) => Components().First(c => c.Component == component).Weight;

    public void Set(ScoreComponent component, decimal weight)
    {
        switch (component)
        {
            case ScoreComponent.Coverage: Coverage = weight; break;
            case ScoreComponent.CaseShare: CaseShare = weight; break;
            case ScoreComponent.OnTime: OnTime = weight; break;
            case ScoreComponent.OneTrip: OneTrip = weight; break;
            case ScoreComponent.GoodReview: GoodReview = weight; break;
            case ScoreComponent.Rectification: Rectification = weight; break;
            case ScoreComponent.ComplaintResolution: ComplaintResolution = weight; break;
            case ScoreComponent.QueueRetention: QueueRetention = weight; break;
            default: throw new ArgumentOutOfRangeException(nameof(component));
        }
    }

    /// <summary>Throws <see cref="DomainException"/> when a weight is negative or the weights do not sum to 1.</summary>
    public ScoreWeights Validate()
    {
        foreach (var (component, weight) in Components())
        {
            if (weight < 0)
            {
                throw new DomainException($"综合评分权重“{component.ChineseName()}”不能为负数，当前为 {Format(weight)}。");
            }
        }
        if (Sum != 1m)
        {
            throw new DomainException($"综合评分各项权重之和必须为 1，当前为 {Format(Sum)}。");
        }
        return this;
    }

    internal static string Format(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);
}

public enum ScoreComponent
{
    Coverage = 1,
    CaseShare = 2,
    OnTime = 3,
    OneTrip = 4,
    GoodReview = 5,
    Rectification = 6,
    ComplaintResolution = 7,
    QueueRetention = 8,
}

public static class ScoreComponentNames
{
    public static string ChineseName(this ScoreComponent c) => c switch
    {
        ScoreComponent.Coverage => "一窗受理事项覆盖率",
        ScoreComponent.CaseShare => "一窗受理办件占比",
        ScoreComponent.OnTime => "按时办结率",
        ScoreComponent.OneTrip => "一次办好率",
        ScoreComponent.GoodReview => "好评率",
        ScoreComponent.Rectification => "差评整改率",
        ScoreComponent.ComplaintResolution => "投诉按时办结率",
        _ => "未弃号率",
    };
}

/// <summary>
/// Weights of the staff composite score (DOMAIN figure 11, docs/metrics.md): quality = 100 × (GoodReview·好评率 +
/// Attendance·出勤率), re-weighted over the parts that have a value like the hall score; the score is
/// (1 − Workload)·quality + Workload·100·业务量占比, less the points per overdue case, 差评 and substantiated
/// complaint (attributed through the case), never below 0.
/// </summary>
public sealed class StaffScoreWeights
{
    public const string SectionName = "Figures:StaffScoreWeights";

    public decimal GoodReview { get; set; } = 0.6m;
    public decimal Attendance { get; set; } = 0.4m;

    /// <summary>Share of the score given to the workload (accepted + served against the hall's busiest colleague).</summary>
    public decimal Workload { get; set; } = 0.2m;

    public decimal OverdueCasePoints { get; set; } = 2m;
    public decimal NegativeReviewPoints { get; set; } = 1m;
    public decimal SubstantiatedComplaintPoints { get; set; } = 5m;

    public static StaffScoreWeights Default => new();

    public StaffScoreWeights Validate()
    {
        if (GoodReview < 0 || Attendance < 0 || Workload is < 0 or > 1
            || OverdueCasePoints < 0 || NegativeReviewPoints < 0 || SubstantiatedComplaintPoints < 0)
        {
            throw new DomainException("工作人员综合评分的权重和扣分不能为负数，业务量权重不能超过 1。");
        }
        if (GoodReview + Attendance != 1m)
        {
            throw new DomainException($"工作人员综合评分各项权重之和必须为 1，当前为 {ScoreWeights.Format(GoodReview + Attendance)}。");
        }
        return this;
    }
}
