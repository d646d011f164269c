namespace Supervision.Tests.Domain.Bulletins;

public sealed class BulletinTextTests
{
    private static readonly Period Week = Period.Week(2020, 40);
    private static readonly Period Before = Period.Week(2020, 39);

    [Fact]
    public void Title_carries_the_year_and_the_issue_number() =>
        Assert.Equal("沂源县镇（街道）全领域无差别“一窗受理”改革试点工作通报 2020年第40期", BulletinText.Title(2020, 40));

    [Fact]
    public void Summary_praises_the_best_and_criticises_halls_that_missed_targets_never_the_same_hall_for_both()
    {
        var facts = Facts(
            Hall("A", 90m, Week), Hall("B", 80m, Week, new FigureMiss("按时办结率", "90.0%", "≥ 98.0%")));
        var summary = BulletinText.Summary(facts);
        Assert.Contains("排名靠前的是甲镇（90.0分），予以通报表扬", summary, StringComparison.Ordinal);
        Assert.Contains("予以通报批评：乙镇（按时办结率未达标）", summary, StringComparison.Ordinal);
        Assert.Equal(["A"], facts.Best.Select(h => h.Town));
    }

    [Fact]
    public void Summary_praises_nobody_when_every_top_hall_missed_a_target()
    {
        var summary = BulletinText.Summary(Facts(Hall("B", 80m, Week, new FigureMiss("按时办结率", "90.0%", "≥ 98.0%"))));
        Assert.Contains("均有指标未达到目标要求，不予表扬", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("予以通报表扬", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_says_every_target_was_met_when_no_hall_missed_one()
    {
        var summary = BulletinText.Summary(Facts(Hall("A", 90m, Week)));
        Assert.Contains("各项指标均达到目标要求", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("通报批评", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_reports_the_change_in_percentage_points_from_the_previous_period()
    {
        var now = County(Week) with { OnTimeRate = Ratio.Of(995, 1000) };
        var before = County(Before) with { OnTimeRate = Ratio.Of(990, 1000) };
        var facts = new BulletinFacts(Week, now, [Hall("A", 90m, Week)], Before, before, [], Names);
        Assert.Contains("按时办结率99.5%（较上期上升0.5个百分点）", BulletinText.Summary(facts), StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_three_misses_are_summarised_with_their_count()
    {
        var misses = new[] { "一", "二", "三", "四" }.Select(n => new FigureMiss(n, "", "")).ToList();
        Assert.Equal("一、二、三等4项未达标", BulletinText.MissList(misses));
    }

    [Fact]
    public void Counts_of_periods_with_different_working_days_are_compared_per_working_day()
    {
        var now = County(Week) with { Accepted = 300 };
        var before = County(Before) with { Accepted = 844 };
        var facts = new BulletinFacts(Week, now, [Hall("A", 90m, Week)], Before, before, [], Names) { WorkingDays = 2, PreviousWorkingDays = 5 };

        var summary = BulletinText.Summary(facts);

        Assert.Contains("（2个工作日）", summary, StringComparison.Ordinal);
        Assert.Contains("共受理办件300件（日均150.0件；上期5个工作日，日均168.8件；日均减少18.8件）", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("较上期减少544件", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_of_periods_with_equal_working_days_are_compared_as_counts()
    {
        var now = County(Week) with { Accepted = 300 };
        var before = County(Before) with { Accepted = 250 };
        var facts = new BulletinFacts(Week, now, [Hall("A", 90m, Week)], Before, before, [], Names) { WorkingDays = 5, PreviousWorkingDays = 5 };
        Assert.Contains("共受理办件300件（较上期增加50件）", BulletinText.Summary(facts), StringComparison.Ordinal);
    }

    [Fact]
    public void Praise_and_criticism_lines_never_name_the_same_hall()
    {
        var facts = Facts(Hall("A", 90m, Week), Hall("B", 80m, Week, new FigureMiss("按时办结率", "97.96%", "≥ 98.0%")));
        Assert.Equal(["甲镇：综合评分 90.0 分，排名第 1 位"], BulletinText.PraiseLines(facts));
        Assert.Equal(["乙镇：按时办结率 97.96%（目标 ≥ 98.0%）"], BulletinText.CriticismLines(facts));
    }

    private static readonly Dictionary<string, string> Names = new() { ["A"] = "甲镇", ["B"] = "乙镇" };

    private static BulletinFacts Facts(params RankedHall[] halls) =>
        new(Week, County(Week), halls, Before, County(Before), [], Names);

    private static FigureSet County(Period p) => new() { Scope = Scope.County, Period = p };

    private static RankedHall Hall(string town, decimal score, Period p, params FigureMiss[] misses) =>
        new(score >= 90m ? 1 : 2, town, score, new FigureSet { Scope = Scope.Town(town), Period = p, Score = score, Misses = misses });
}
