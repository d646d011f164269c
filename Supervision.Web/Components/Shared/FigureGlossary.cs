namespace Supervision.Web.Components.Shared;

/// <summary>Every figure a page can label; the names follow docs/metrics.md.</summary>
public enum FigureKey
{
    ItemCoverage,
    Accepted,
    CaseShare,
    Completed,
    InstantRate,
    OnTimeRate,
    CompletedLate,
    EscalatedOnTimeRate,
    RedCards,
    YellowCards,
    ProcessingTime,
    SpeedUpRate,
    OneTripRate,
    TicketsIssued,
    MeanWait,
    LongestWait,
    AbandonmentRate,
    WaitingNow,
    LongestCurrentWait,
    WindowsServingNow,
    Reviews,
    GoodReviewRate,
    NegativeReviews,
    ReviewRate,
    RectifiedOnTimeRate,
    FollowUpRate,
    Complaints,
    ComplaintsPerThousand,
    ComplaintRespondedOnTime,
    ComplaintResolvedOnTime,
    ComplaintsSubstantiated,
    RefusalViolations,
    StaffCasesAccepted,
    TicketsServed,
    MeanServiceTime,
    AttendanceRate,
    StaffScore,
    HallScore,
}

/// <summary>One figure's Chinese name, its number in docs/metrics.md (DOMAIN.md 1–12) and its definition.</summary>
public sealed record FigureDefinition(FigureKey Key, int Number, string Name, string Definition)
{
    /// <summary>The anchor of this figure on the <c>/metrics</c> help page.</summary>
    public string Anchor => "figure-" + Key.ToString().ToLowerInvariant();

    public string HelpHref => "metrics#" + Anchor;
}

/// <summary>
/// Chinese definitions of every figure, shown as tooltips next to each label and on the <c>/metrics</c>
/// help page. They restate docs/metrics.md (指标口径) and must change with it.
/// </summary>
public static class FigureGlossary
{
    private static readonly FigureDefinition[] Definitions =
    [
        new(FigureKey.ItemCoverage, 1, "一窗受理事项覆盖率",
            "纳入“一窗受理”的进驻事项数 ÷ 进驻事项数，按时间段最后一天的事项状态计算。未进驻事项不计入；无进驻事项时显示“—”。目标由源政办发〔2020〕7号规定（2020年10月31日前达到）。"),
        new(FigureKey.Accepted, 2, "受理件数",
            "时间段内受理的办件数，按受理日计入。"),
        new(FigureKey.CaseShare, 2, "一窗受理办件占比",
            "在综合受理窗口受理的办件数 ÷ 受理办件数，按受理日计入；无受理办件时显示“—”。"),
        new(FigureKey.Completed, 3, "办结件数",
            "时间段内办结的办件数，按办结日计入（九月受理、十月办结的办件计入十月办结）。"),
        new(FigureKey.InstantRate, 3, "即办率",
            "承诺时限为 0 且在受理当天办结的办件数 ÷ 全部办结办件数，按办结日计入。"),
        new(FigureKey.OnTimeRate, 4, "按时办结率",
            "在办理期限内办结的办件数 ÷ 办理期限已知的办结办件数，按办结日计入。期限按工作日计算，受理当天不计，暂停（特别程序）期间顺延。"),
        new(FigureKey.CompletedLate, 4, "超期办结",
            "超过办理期限才办结的办件数，按办结日计入。"),
        new(FigureKey.EscalatedOnTimeRate, 4, "初审按时上报率",
            "镇街只负责初审、须上报县级部门的事项：在办理期限内上报的办件数 ÷ 上报的办件数，按上报日计入。上报即停止镇街计时，县级办理时间不计入镇街的按时办结率。"),
        new(FigureKey.RedCards, 4, "红牌",
            "当前已超过办理期限仍未办结的在办件数（实时）。"),
        new(FigureKey.YellowCards, 4, "黄牌",
            "当前距办理期限不足 1 个工作日（9 小时大厅工作时间）的在办件数（实时）。暂停中的办件按暂停开始时计。"),
        new(FigureKey.ProcessingTime, 5, "平均办理时长",
            "从受理到办结的工作日数（扣除暂停的工作时间）的平均值，按办结日计入；中位数和 P90 按 0.1 天分组取上限。"),
        new(FigureKey.SpeedUpRate, 5, "提速率",
            "（承诺工作日合计 − 实际用时合计）÷ 承诺工作日合计，只计已知事项的非即办办结件，可为负数。实际用时与承诺时限同一口径：自受理当日下班时起算（下班后或非工作日受理的，自下一工作日下班时起算），到办结为止，扣除期间暂停的工作时间；受理当日办结的用时为 0。"),
        new(FigureKey.OneTripRate, 6, "一次办好率",
            "申请人到场不超过一次的办结办件数 ÷ 办结办件数，按办结日计入。每次现场或自助收件算一次到场，网上申请为零次。"),
        new(FigureKey.TicketsIssued, 7, "取号数",
            "排队叫号系统发出的号数，按取号日计入。"),
        new(FigureKey.MeanWait, 7, "平均等候时长",
            "（首次叫号时间 − 取号时间）之和 ÷ 已叫号数，按取号日计入；弃号不计等候。"),
        new(FigureKey.LongestWait, 7, "最长等候",
            "时间段内已叫号的最长等候时间。"),
        new(FigureKey.AbandonmentRate, 7, "弃号率",
            "弃号数 ÷ 取号数，按取号日计入。"),
        new(FigureKey.WaitingNow, 7, "当前等候",
            "今天取号、尚未叫号也未弃号的人数（实时）。"),
        new(FigureKey.LongestCurrentWait, 7, "最长当前等候",
            "当前仍在等候的号中，最早取号者已等候的时间（实时）。超过 30 分钟触发等候超时预警。"),
        new(FigureKey.WindowsServingNow, 7, "服务中窗口",
            "当前有已叫号、未办完的号的窗口数（实时）。"),
        new(FigureKey.Reviews, 8, "评价数",
            "好差评系统收到的评价条数（评价器、二维码、短信、网上），按评价提交日计入。"),
        new(FigureKey.GoodReviewRate, 8, "好评率",
            "“基本满意”及以上（3–5 级）的评价数 ÷ 评价数，按评价提交日计入；无评价时显示“—”。"),
        new(FigureKey.NegativeReviews, 8, "差评",
            "“不满意”“非常不满意”（1–2 级）的评价数，按提交日计入。"),
        new(FigureKey.ReviewRate, 8, "评价率",
            "有评价的办结办件数 ÷ 办结办件数，按办结日计入（同一办件评价多次只计一次）。"),
        new(FigureKey.RectifiedOnTimeRate, 8, "差评整改率",
            "按期整改的差评数 ÷ 到期应整改的差评数（核实无效的除外），按整改到期日计入。"),
        new(FigureKey.FollowUpRate, 8, "回访率",
            "已回访的差评数 ÷ 到期应整改的差评数，按整改到期日计入。山东省要求实名差评 100% 回访。"),
        new(FigureKey.Complaints, 9, "投诉件数",
            "“一次办不好”投诉件数（找茬窗口、12345 热线、网上），按投诉日计入。"),
        new(FigureKey.ComplaintsPerThousand, 9, "每千件受理投诉数",
            "投诉件数 × 1000 ÷ 受理办件数，保留两位小数。"),
        new(FigureKey.ComplaintRespondedOnTime, 9, "投诉按时响应率",
            "按期响应的投诉数 ÷ 到期应响应的投诉数（默认 1 个工作日），按到期日计入。"),
        new(FigureKey.ComplaintResolvedOnTime, 9, "投诉按时办结率",
            "按期办结的投诉数 ÷ 到期应办结的投诉数（默认 5 个工作日），按到期日计入。"),
        new(FigureKey.ComplaintsSubstantiated, 9, "属实投诉",
            "办结时认定属实的投诉数，按投诉日计入。"),
        new(FigureKey.RefusalViolations, 10, "无权否决违规",
            "未经负责人批准即拒收（不予受理）的办件数，按拒收日计入。"),
        new(FigureKey.StaffCasesAccepted, 11, "受理件数（人员）",
            "该工作人员受理的办件数，按受理日计入。"),
        new(FigureKey.TicketsServed, 11, "叫号服务数",
            "该工作人员最后一次叫号并办完的号数，按取号日计入。"),
        new(FigureKey.MeanServiceTime, 11, "平均服务时长",
            "（办完时间 − 首次叫号时间）之和 ÷ 叫号服务数。"),
        new(FigureKey.AttendanceRate, 11, "出勤率",
            "（出勤 + 迟到）天数 ÷（出勤 + 迟到 + 缺勤）天数；迟到算出勤，请假不计入。"),
        new(FigureKey.StaffScore, 11, "工作人员综合评分",
            "100 ×（0.6 × 好评率 + 0.4 × 出勤率）（默认权重，可在“参数配置”中调整）；无数据的部分不计，其余按权重重新折算。"),
        new(FigureKey.HallScore, 12, "综合评分",
            "100 × Σ 权重 × 指标值 ÷ Σ 权重，只计有数据的指标：事项覆盖率 0.20、办件占比 0.10、按时办结率 0.20、一次办好率 0.15、好评率 0.15、差评整改率 0.05、投诉按时办结率 0.05、未弃号率 0.10（默认权重，县局可在“参数配置”中调整，实际权重随通报公布）。同分并列。"),
    ];

    private static readonly Dictionary<FigureKey, FigureDefinition> ByKey = Definitions.ToDictionary(d => d.Key);

    public static IReadOnlyList<FigureDefinition> All => Definitions;

    public static FigureDefinition Get(FigureKey key) => ByKey[key];

    /// <summary>
    /// The target <paramref name="key"/> is marked against under <paramref name="targets"/>, or null when it
    /// has none. Targets are settings the county admin may change, so the definitions above never state them.
    /// </summary>
    public static string? TargetOf(FigureKey key, FigureTargets targets) => key switch
    {
        FigureKey.ItemCoverage => TargetText.AtLeast(targets.CoverageMin),
        FigureKey.CaseShare => TargetText.AtLeast(targets.CaseShareMin),
        FigureKey.OnTimeRate => TargetText.AtLeast(targets.OnTimeMin),
        FigureKey.OneTripRate => TargetText.AtLeast(targets.OneTripMin),
        FigureKey.MeanWait => TargetText.AtMostMinutes(targets.MeanWaitMinutesMax),
        FigureKey.AbandonmentRate => TargetText.AtMost(targets.AbandonmentMax),
        FigureKey.GoodReviewRate => TargetText.AtLeast(targets.GoodReviewMin),
        FigureKey.ReviewRate => TargetText.AtLeast(targets.ReviewRateMin),
        FigureKey.RectifiedOnTimeRate => TargetText.AtLeast(targets.RectificationMin),
        FigureKey.FollowUpRate => TargetText.AtLeast(targets.FollowUpMin),
        FigureKey.ComplaintRespondedOnTime => TargetText.AtLeast(targets.ComplaintRespondMin),
        FigureKey.ComplaintResolvedOnTime => TargetText.AtLeast(targets.ComplaintResolveMin),
        FigureKey.RefusalViolations => TargetText.AtMostCases(targets.RefusalViolationsMax),
        FigureKey.AttendanceRate => TargetText.AtLeast(targets.AttendanceMin),
        _ => null,
    };
}
