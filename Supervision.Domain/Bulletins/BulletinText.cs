using Supervision.Domain.Figures;

namespace Supervision.Domain.Bulletins;

/// <summary>The fixed wording of a 通报: title, issuing unit and the generated summary paragraph.</summary>
public static class BulletinText
{
    public const string IssuingUnit = "沂源县行政审批服务局";

    public const string Subject = "沂源县镇（街道）全领域无差别“一窗受理”改革试点工作通报";

    /// <summary>Appended to the title and number of a corrected bulletin, which keeps its number.</summary>
    public const string CorrectionMark = "（更正）";

    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>e.g. <c>沂源县镇（街道）全领域无差别“一窗受理”改革试点工作通报 2020年第40期</c>.</summary>
    public static string Title(int year, int number) => $"{Subject} {NumberLabel(year, number)}";

    public static string NumberLabel(int year, int number) => $"{year}年第{number}期";

    /// <summary>
    /// The summary paragraph: volume and key rates of the county with their change from the previous
    /// period, the best halls, the most improved hall, and the halls that missed targets (通报批评)
    /// with the figures they missed.
    /// </summary>
    public static string Summary(BulletinFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var c = facts.County;
        var p = facts.PreviousCounty;
        var text = new StringBuilder();
        text.Append($"{facts.Period.Label}{WorkingDaysNote(facts.WorkingDays)}，全县{facts.TownNames.Count}个镇（街道）便民服务中心共受理办件{Count(c.Accepted)}件")
            .Append(facts.UnequalLengths
                ? PerWorkingDayChange(c.Accepted, facts.WorkingDays, p.Accepted, facts.PreviousWorkingDays)
                : CountChange(c.Accepted, p.Accepted))
            .Append($"，办结{Count(c.Completed)}件；按时办结率{c.OnTimeRate}{PointChange(c.OnTimeRate, p.OnTimeRate)}")
            .Append($"，一次办好率{c.OneTripRate}{PointChange(c.OneTripRate, p.OneTripRate)}")
            .Append($"，一窗受理办件占比{c.CaseShare}{PointChange(c.CaseShare, p.CaseShare)}")
            .Append($"，好评率{c.GoodReviewRate}{PointChange(c.GoodReviewRate, p.GoodReviewRate)}")
            .Append($"；收到差评{Count(c.NegativeReviews)}件、“一次办不好”投诉{Count(c.ComplaintsFiled)}件")
            .Append(c.CompletedLate > 0 ? $"，超期办结{Count(c.CompletedLate)}件" : "，无超期办结")
            .Append(c.RefusalViolations > 0 ? $"，无权否决违规{Count(c.RefusalViolations)}件。" : "。");

        var best = facts.Best;
        if (best.Count == 0 && facts.Ranking.Any(h => h.Rank is not null))
        {
            text.Append("本期综合评分排名前三的镇（街道）均有指标未达到目标要求，不予表扬。");
        }
        else if (best.Count == 0)
        {
            text.Append("本期各镇（街道）均无可计算综合评分的数据，不作排名。");
        }
        else
        {
            text.Append("综合评分排名靠前的是")
                .Append(string.Join("、", best.Select(h => $"{facts.NameOf(h.Town)}（{Score(h.Score)}分）")))
                .Append("，予以通报表扬。");
        }

        var improved = facts.Ranking
            .Select(h => (Hall: h, Change: facts.ScoreChange(h.Town)))
            .Where(x => x.Change is > 0)
            .OrderByDescending(x => x.Change)
            .ThenBy(x => x.Hall.Town, StringComparer.Ordinal)
            .FirstOrDefault();
        if (improved.Hall is not null)
        {
            text.Append($"较上期进步最大的是{facts.NameOf(improved.Hall.Town)}，综合评分提高{Score(improved.Change)}分。");
        }

        var lagging = facts.Lagging;
        if (lagging.Count == 0)
        {
            text.Append("本期各镇（街道）各项指标均达到目标要求。");
        }
        else
        {
            text.Append("以下镇（街道）有指标未达到目标要求，予以通报批评：")
                .Append(string.Join("、", lagging.Select(h => $"{facts.NameOf(h.Town)}（{MissList(h.Figures.Misses)}）")))
                .Append("。请相关镇（街道）对照问题认真整改，整改情况于下期通报。");
        }
        return text.ToString();
    }

    /// <summary>The 通报表扬 lines generated for <paramref name="facts"/>: one per best hall.</summary>
    public static IReadOnlyList<string> PraiseLines(BulletinFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Best.Select(h => $"{facts.NameOf(h.Town)}：综合评分 {Score(h.Score)} 分，排名第 {h.Rank} 位").ToList();
    }

    /// <summary>The 通报批评 lines generated for <paramref name="facts"/>: one per hall that missed, with each figure as published and its target.</summary>
    public static IReadOnlyList<string> CriticismLines(BulletinFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Lagging.Select(h =>
            $"{facts.NameOf(h.Town)}：" + string.Join("；", h.Figures.Misses.Select(m => $"{m.Figure} {m.Actual}（目标 {m.Target}）"))).ToList();
    }

    /// <summary>“（3个工作日）”; empty when the working days were not counted.</summary>
    public static string WorkingDaysNote(int workingDays) => workingDays > 0 ? $"（{workingDays}个工作日）" : "";

    /// <summary>
    /// A count compared across periods of different length, per working day:
    /// “（日均181.3件，上期2个工作日、日均150.0件，日均增加31.3件）”.
    /// </summary>
    public static string PerWorkingDayChange(int now, int days, int before, int beforeDays)
    {
        if (days <= 0 || beforeDays <= 0)
        {
            return "";
        }
        var perDay = PerDay(now, days);
        var beforePerDay = PerDay(before, beforeDays);
        var delta = perDay - beforePerDay;
        var change = delta switch
        {
            > 0 => $"日均增加{delta.ToString("N1", Zh)}件",
            < 0 => $"日均减少{(-delta).ToString("N1", Zh)}件",
            _ => "日均与上期持平",
        };
        return $"（日均{perDay.ToString("N1", Zh)}件；上期{beforeDays}个工作日，日均{beforePerDay.ToString("N1", Zh)}件；{change}）";
    }

    /// <summary>A count per working day, rounded to one decimal as published.</summary>
    public static decimal PerDay(int count, int workingDays) =>
        workingDays <= 0 ? 0 : Math.Round((decimal)count / workingDays, 1, MidpointRounding.AwayFromZero);

    /// <summary>“按时办结率、好评率未达标” or, for more than three, “一窗受理事项覆盖率、按时办结率、好评率等5项未达标”; details are in the ranking sheet.</summary>
    public static string MissList(IReadOnlyList<FigureMiss> misses)
    {
        ArgumentNullException.ThrowIfNull(misses);
        var names = string.Join("、", misses.Take(3).Select(m => m.Figure));
        return misses.Count > 3 ? $"{names}等{misses.Count}项未达标" : $"{names}未达标";
    }

    /// <summary>“（较上期增加12件）”; empty when the previous period had nothing to compare with.</summary>
    public static string CountChange(int now, int before)
    {
        if (before == 0)
        {
            return "";
        }
        var delta = now - before;
        return delta switch
        {
            > 0 => $"（较上期增加{Count(delta)}件）",
            < 0 => $"（较上期减少{Count(-delta)}件）",
            _ => "（与上期持平）",
        };
    }

    /// <summary>“（较上期上升0.3个百分点）” on the shown, rounded percentages; empty when either is “—”.</summary>
    public static string PointChange(Ratio now, Ratio before)
    {
        if (now.Percent is not { } n || before.Percent is not { } b)
        {
            return "";
        }
        var delta = n - b;
        return delta switch
        {
            > 0 => $"（较上期上升{delta.ToString("0.0", Zh)}个百分点）",
            < 0 => $"（较上期下降{(-delta).ToString("0.0", Zh)}个百分点）",
            _ => "（与上期持平）",
        };
    }

    public static string Count(int n) => n.ToString("N0", Zh);

    public static string Score(decimal? score) => score is { } s ? s.ToString("0.0", Zh) : Ratio.NoValue;
}
