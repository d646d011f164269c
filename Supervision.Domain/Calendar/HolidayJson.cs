namespace Supervision.Domain.Calendar;

/// <summary>
/// Reads one year of the holiday-cn JSON format shipped in reference/holidays-cn:
/// <c>{"year": 2027, "papers": [...], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, ...]}</c>.
/// </summary>
public static class HolidayJson
{
    /// <exception cref="FormatException">The text is not such a file; the message says what is wrong, in Chinese.</exception>
    public static HolidayYear Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json.TrimStart('\uFEFF'));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("year", out var yearElement) || !yearElement.TryGetInt32(out var year))
            {
                throw new FormatException("节假日 JSON 缺少整数字段 year。");
            }
            if (!root.TryGetProperty("days", out var daysElement) || daysElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("节假日 JSON 缺少数组字段 days。");
            }
            var days = new List<HolidayDay>();
            var index = 0;
            foreach (var element in daysElement.EnumerateArray())
            {
                index++;
                days.Add(ParseDay(element, index));
            }
            return new HolidayYear(year, days);
        }
        catch (JsonException e)
        {
            throw new FormatException($"节假日 JSON 格式错误（第 {e.LineNumber + 1} 行）：不是有效的 JSON。", e);
        }
    }

    private static HolidayDay ParseDay(JsonElement element, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"节假日 JSON 第 {index} 个日期应为对象。");
        }
        var name = element.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
        if (!element.TryGetProperty("date", out var d) || d.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"节假日 JSON 第 {index} 个日期的 date 字段应为 yyyy-MM-dd。");
        }
        if (!element.TryGetProperty("isOffDay", out var off) || off.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new FormatException($"节假日 JSON 第 {index} 个日期的 isOffDay 字段应为 true 或 false。");
        }
        return new HolidayDay(date, off.GetBoolean(), name.Trim());
    }
}
