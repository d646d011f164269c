using System.Globalization;
using Supervision.Domain.Calendar;

namespace Supervision.Web.Common;

/// <summary>Reads the hall's opening hours: <c>Hall:Opening</c> (default 08:30) and <c>Hall:ClosingTime</c> (default 17:30).</summary>
public static class HallHoursConfiguration
{
    public static HallHours FromConfiguration(IConfiguration configuration)
    {
        var opening = Read(configuration, "Hall:Opening", HallHours.Default.Opening);
        var closing = Read(configuration, "Hall:ClosingTime", HallHours.Default.Closing);
        if (closing <= opening)
        {
            throw new InvalidOperationException(
                $"配置错误：Hall:ClosingTime（{closing:HH\\:mm}）必须晚于 Hall:Opening（{opening:HH\\:mm}）。");
        }
        return new HallHours(opening, closing);
    }

    private static TimeOnly Read(IConfiguration configuration, string key, TimeOnly fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        return TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new InvalidOperationException($"配置错误：{key} 的值“{text}”不是有效时间，应为 HH:mm，例如 08:30。");
    }
}
