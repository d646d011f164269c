using nietras.SeparatedValues;

namespace Supervision.Web.Common;

/// <summary>One CSV record: its number among the records (1-based, as a spreadsheet numbers rows) and the file line it starts on.</summary>
public sealed record CsvRecord(int Number, int Line, string[] Fields)
{
    /// <summary>An empty or whitespace-only line.</summary>
    public bool IsBlank => Fields is [var only] && string.IsNullOrWhiteSpace(only);
}

/// <summary>
/// The one CSV reader of the application (seed data, holidays, imports), on Sep: comma-separated, RFC 4180
/// quoting (a quoted field may hold commas, line breaks and doubled quotes), CRLF or LF, a leading byte
/// order mark ignored. Records may differ in field count; callers that need a fixed count check it and
/// say so in their own words.
/// </summary>
public static class CsvRecords
{
    /// <param name="trim">Drop the spaces around each field (outside and inside quotes), as the import does.</param>
    /// <exception cref="FormatException">A quoted field is never closed; the Chinese message names the record.</exception>
    public static IReadOnlyList<CsvRecord> Read(string text, bool trim)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvRecord>();
        using var reader = Sep.New(',').Reader(o => o with
        {
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
            Trim = trim ? SepTrim.All : SepTrim.None,
        }).FromText(text.TrimStart('\uFEFF'));
        // A record starts on the line where the previous one ended.
        var line = 1;
        foreach (var row in reader)
        {
            // Sep reads an unclosed quote to the end of the text; an odd quote count is the only sign of it.
            if (row.Span.Count('"') % 2 == 1)
            {
                throw new FormatException($"第 {row.RowIndex + 1} 行：引号未闭合（以英文双引号开头的字段缺少结尾的双引号）。");
            }
            var fields = new string[row.ColCount];
            for (var c = 0; c < fields.Length; c++)
            {
                fields[c] = row[c].ToString();
            }
            records.Add(new CsvRecord(row.RowIndex + 1, line, fields));
            line = row.LineNumberToExcl;
        }
        return records;
    }
}
