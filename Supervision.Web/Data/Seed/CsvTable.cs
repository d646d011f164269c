using System.Text;

namespace Supervision.Web.Data.Seed;

/// <summary>
/// A CSV seed file: a header line naming the columns, then data rows. Fields may be quoted
/// ("a, b" and "" for a quote) so names can contain commas. Blank lines are ignored.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(IReadOnlyList<CsvRow> rows) => Rows = rows;

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Returns null (after recording errors) when the header lacks a required column.</summary>
    public static CsvTable? Parse(string text, IReadOnlyList<string> columns, SeedErrors errors)
    {
        var lines = SplitLines(text.TrimStart('\uFEFF'));
        var header = lines.FirstOrDefault(l => l.Text.Trim().Length > 0);
        if (header.Text is null)
        {
            errors.Add(null, null, $"文件为空，缺少表头 {string.Join(',', columns)}");
            return null;
        }

        var headerFields = SplitFields(header.Text).Select(h => h.Trim()).ToList();
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            var index = headerFields.FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                errors.Add("表头", column, $"缺少列 {column}（表头应为 {string.Join(',', columns)}）");
            }
            positions[column] = index;
        }
        if (errors.Any)
        {
            return null;
        }

        var rows = new List<CsvRow>();
        foreach (var (lineNumber, line) in lines.Where(l => l.Number > header.Number && l.Text.Trim().Length > 0))
        {
            var fields = SplitFields(line);
            var label = $"第{rows.Count + 1}行数据（文件第{lineNumber}行）";
            if (fields.Count != headerFields.Count)
            {
                errors.Add(label, null, $"应有 {headerFields.Count} 个字段，实际有 {fields.Count} 个");
                rows.Add(new CsvRow(label, positions, null, errors));
                continue;
            }
            rows.Add(new CsvRow(label, positions, fields, errors));
        }
        return new CsvTable(rows);
    }

    private static List<(int Number, string Text)> SplitLines(string text) =>
        text.Split('\n').Select((line, i) => (i + 1, line.TrimEnd('\r'))).ToList();

    private static List<string> SplitFields(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        fields.Add(current.ToString());
        return fields;
    }
}
