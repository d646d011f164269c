namespace Supervision.Web.Common;

/// <summary>
/// Reads one year's 放假安排 from either shipped format: the holiday-cn JSON (<see cref="HolidayJson"/>)
/// or the seed-data CSV (<see cref="HolidayCsv"/>), whose dates must then all lie in one year.
/// </summary>
public static class HolidayFile
{
    /// <exception cref="FormatException">Neither format, or a CSV spanning several years; the message is Chinese.</exception>
    public static HolidayYear Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart('\uFEFF').TrimStart();
        if (trimmed.Length == 0)
        {
            throw new FormatException("文件为空：应为节假日 JSON（holiday-cn 格式）或 CSV（表头 date,offDay,name）。");
        }
        if (trimmed[0] == '{')
        {
            return HolidayJson.Parse(trimmed);
        }
        var days = HolidayCsv.Parse(trimmed);
        var years = days.Select(d => d.Date.Year).Distinct().Order().ToList();
        return years switch
        {
            [] => throw new FormatException("节假日 CSV 中没有任何日期。"),
            [var year] => new HolidayYear(year, days),
            _ => throw new FormatException($"节假日 CSV 含多个年份（{string.Join("、", years)}），一次只能录入一个年份的放假安排。"),
        };
    }
}
