using Supervision.Tests.Support;

namespace Supervision.Tests.Web.Common;

public sealed class HallOptionsTests
{
    private static SettingsCheck Check(params (string Key, string? Value)[] values) =>
        new(services => services.AddWorkingCalendar(), values);

    [Fact]
    public void Without_settings_the_hall_opens_at_half_past_eight_and_closes_at_half_past_five()
    {
        using var check = Check();

        Assert.Null(check.Failure);
        Assert.Equal(new HallHours(new TimeOnly(8, 30), new TimeOnly(17, 30)), check.Get<HallHours>());
    }

    [Fact]
    public void Hours_are_read_with_or_without_a_leading_zero_and_with_seconds()
    {
        using var check = Check(("Hall:Opening", " 8:00 "), ("Hall:ClosingTime", "18:00:00"));

        Assert.Null(check.Failure);
        Assert.Equal(new HallHours(new TimeOnly(8, 0), new TimeOnly(18, 0)), check.Get<HallHours>());
    }

    [Fact]
    public void A_closing_time_that_is_not_a_time_is_refused_naming_the_key_and_value()
    {
        using var check = Check(("Hall:ClosingTime", "下午五点半"));

        Assert.Equal("配置有误，无法启动：配置 Hall:ClosingTime 的值“下午五点半”无效：应为 HH:mm，例如 08:30", check.Failure);
    }

    [Fact]
    public void A_closing_time_before_the_configured_opening_is_refused()
    {
        using var check = Check(("Hall:Opening", "14:00"), ("Hall:ClosingTime", "12:00"));

        Assert.Equal("配置有误，无法启动：配置 Hall:ClosingTime（12:00）必须晚于 Hall:Opening（14:00）", check.Failure);
    }
}
