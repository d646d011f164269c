using Supervision.Web.Common;

namespace Supervision.Web.Common;

/// <summary>
/// Reads the holiday schedule in the seed-data/holidays.csv format (with <see cref="CsvRecords"/>): a header
/// line <c>date,offDay,name</c>, then one line per listed day, e.g. <c>2020-10-10,false,国庆节、中秋节</c>.
/// The name is everything after the second comma, so it may itself contain commas.
/// </summary>
public static class HolidayCsv
{
    public const string Header = "date,offDay,name";

    /// <exception cref="FormatException">A line is malformed; the message names the line and the field.</exception>
    public static IReadOnlyList<HolidayDay> Parse(string csvText)
    {
        var records = CsvRecords.Read(csvText, trim: false);
        var header = records.Count > 0 ? string.Join(',', records[0].Fields) : "";
        if (header.Trim() != Header)
        {
            throw new FormatException($"节假日 CSV 第 1 行应为表头“{Header}”，实际为“{header}”。");
        }

        var days = new List<HolidayDay>(records.Count);
        var seenOnLine = new Dictionary<DateOnly, int>();
        foreach (var record in records.Skip(1).Where(r => !r.IsBlank))
        {
            var day = ParseLine(record.Fields, record.Line);
            if (seenOnLine.TryGetValue(day.Date, out var firstLine))
            {
                throw new FormatException(Invariant($"节假日 CSV 第 {record.Line} 行：date 字段的日期 {day.Date:yyyy-MM-dd} 与第 {firstLine} 行重复。"));
            }
            seenOnLine[day.Date] = record.Line;
            days.Add(day);
        }
        return days;
    }

    private static HolidayDay ParseLine(string[] fields, int lineNumber)
    {
        if (fields.Length < 3)
        {
            throw new FormatException($"节假日 CSV 第 {lineNumber} 行：应有 date、offDay、name 三个字段，实际只有 {fields.Length} 个。");
        }

        var dateText = fields[0].Trim();
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"节假日 CSV 第 {lineNumber} 行：date 字段“{dateText}”不是有效日期，应为 yyyy-MM-dd。");
        }

        var offDayText = fields[1].Trim();
        if (!bool.TryParse(offDayText, out var isOffDay))
        {
            throw new FormatException($"节假日 CSV 第 {lineNumber} 行：offDay 字段“{offDayText}”应为 true 或 false。");
        }

        return new HolidayDay(date, isOffDay, string.Join(',', fields[2..]).Trim());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
