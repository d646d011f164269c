namespace Supervision.Tests.Domain.Settings;

public sealed class SupervisionSettingsTests
{
    private const string Coverage = "Figures:ScoreWeights:Coverage";
    private const string OnTime = "Figures:ScoreWeights:OnTime";

    private static SupervisionSettings With(params (string Key, decimal Value)[] changes)
    {
        var values = SupervisionSettings.Default.ToValues().ToDictionary();
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }
        return SupervisionSettings.FromValues(values, out _);
    }

    private static string OnlyMessage(SupervisionSettings settings, string field) =>
        Assert.Single(settings.Validate(), e => e.Field == field).Message;

    [Fact]
    public void The_documented_defaults_are_valid()
    {
        Assert.Empty(SupervisionSettings.Default.Validate());
    }

    [Fact]
    public void The_defaults_are_those_documented_in_metrics_md()
    {
        var values = SupervisionSettings.Default.ToValues();

        Assert.Equal(
            [0.20m, 0.10m, 0.20m, 0.15m, 0.15m, 0.05m, 0.05m, 0.10m, 0.90m, 15m, 1m, 5m, 30m],
            [values[Coverage], values["Figures:ScoreWeights:CaseShare"], values[OnTime], values["Figures:ScoreWeights:OneTrip"],
             values["Figures:ScoreWeights:GoodReview"], values["Figures:ScoreWeights:Rectification"],
             values["Figures:ScoreWeights:ComplaintResolution"], values["Figures:ScoreWeights:QueueRetention"],
             values["Figures:Targets:CoverageMin"], values["Activity:ReviewRectifyDays"], values["Activity:ComplaintRespondDays"],
             values["Activity:ComplaintResolveDays"], values["Figures:Targets:QueueAlertWaitMinutes"]]);
    }

    [Fact]
    public void A_negative_weight_is_refused_with_the_components_chinese_name()
    {
        var settings = With((Coverage, -0.10m), (OnTime, 0.50m));

        Assert.Equal("“综合评分权重：一窗受理事项覆盖率”应在 0–100%之间，当前为 -10%。", OnlyMessage(settings, Coverage));
    }

    [Fact]
    public void Hall_weights_must_sum_to_100_percent()
    {
        var settings = With((Coverage, 0.15m));

        Assert.Equal("综合评分各项权重之和必须为 100%，当前为 95%。", OnlyMessage(settings, "Figures:ScoreWeights"));
    }

    [Fact]
    public void Staff_weights_must_sum_to_100_percent()
    {
        var settings = With(("Figures:StaffScoreWeights:Attendance", 0.5m));

        Assert.Equal("工作人员综合评分各项权重之和必须为 100%，当前为 110%。", OnlyMessage(settings, "Figures:StaffScoreWeights"));
    }

    [Fact]
    public void A_target_above_100_percent_is_refused()
    {
        var settings = With(("Figures:Targets:OnTimeMin", 1.2m));

        Assert.Equal("“按时办结率达标线”应在 0–100%之间，当前为 120%。", OnlyMessage(settings, "Figures:Targets:OnTimeMin"));
    }

    [Fact]
    public void A_target_below_0_percent_is_refused()
    {
        var settings = With(("Figures:Targets:AbandonmentMax", -0.01m));

        Assert.Equal("“弃号率上限”应在 0–100%之间，当前为 -1%。", OnlyMessage(settings, "Figures:Targets:AbandonmentMax"));
    }

    [Fact]
    public void A_deadline_shorter_than_one_working_day_is_refused()
    {
        var settings = With(("Activity:ComplaintRespondDays", 0m));

        Assert.Equal("“投诉响应时限”至少为 1 个工作日，当前为 0 个工作日。", OnlyMessage(settings, "Activity:ComplaintRespondDays"));
    }

    [Fact]
    public void A_rectification_deadline_outside_5_to_15_working_days_is_refused()
    {
        var settings = With(("Activity:ReviewRectifyDays", 20m));

        Assert.Equal("“差评整改时限”应在 5–15 个工作日之间，当前为 20 个工作日。", OnlyMessage(settings, "Activity:ReviewRectifyDays"));
    }

    [Fact]
    public void A_queue_alert_threshold_must_be_more_than_zero_minutes()
    {
        var settings = With(("Figures:Targets:QueueAlertWaitMinutes", 0m));

        Assert.Equal("“等候超时预警阈值”必须大于 0 分钟，当前为 0 分钟。", OnlyMessage(settings, "Figures:Targets:QueueAlertWaitMinutes"));
    }

    [Fact]
    public void A_fractional_deadline_cannot_be_read()
    {
        var values = SupervisionSettings.Default.ToValues().ToDictionary();
        values["Activity:ComplaintResolveDays"] = 2.5m;

        SupervisionSettings.FromValues(values, out var errors);

        Assert.Equal("“投诉办结时限”必须为整数，当前为 2.5 个工作日。", Assert.Single(errors).Message);
    }

    [Fact]
    public void An_unknown_key_is_reported()
    {
        SupervisionSettings.FromValues(new Dictionary<string, decimal> { ["Figures:Nonsense"] = 1m }, out var errors);

        Assert.Equal("未知的配置项：Figures:Nonsense。", Assert.Single(errors).Message);
    }

    [Fact]
    public void Every_broken_field_gets_its_own_message()
    {
        var settings = With(("Activity:LateReviewDays", 0m), ("Figures:Targets:GoodReviewMin", 2m));

        Assert.Equal(["Activity:LateReviewDays", "Figures:Targets:GoodReviewMin"], settings.Validate().Select(e => e.Field).Order());
    }

    [Fact]
    public void Values_read_back_equal_from_the_flat_map()
    {
        var settings = With((Coverage, 0.30m), (OnTime, 0.10m), ("Activity:ReviewRectifyDays", 7m));

        var again = SupervisionSettings.FromValues(settings.ToValues(), out var errors);

        Assert.Empty(errors);
        Assert.Equal(settings.ToValues(), again.ToValues());
    }

    [Fact]
    public void Changes_name_each_changed_field_with_its_old_and_new_value()
    {
        var settings = With((Coverage, 0.30m), (OnTime, 0.10m), ("Activity:ReviewRectifyDays", 7m));

        var changes = settings.ChangesFrom(SupervisionSettings.Default);

        Assert.Equal(
            ["差评整改时限：15 个工作日 → 7 个工作日", "综合评分权重：一窗受理事项覆盖率：20% → 30%", "综合评分权重：按时办结率：20% → 10%"],
            changes.Select(c => $"{c.Name}：{c.From} → {c.To}"));
    }

    [Fact]
    public void The_calculator_scores_with_the_configured_weights()
    {
        var settings = With((Coverage, 1m), ("Figures:ScoreWeights:CaseShare", 0m), (OnTime, 0m), ("Figures:ScoreWeights:OneTrip", 0m),
            ("Figures:ScoreWeights:GoodReview", 0m), ("Figures:ScoreWeights:Rectification", 0m),
            ("Figures:ScoreWeights:ComplaintResolution", 0m), ("Figures:ScoreWeights:QueueRetention", 0m));

        Assert.Equal(1m, settings.Calculator().Weights.Coverage);
    }
}
