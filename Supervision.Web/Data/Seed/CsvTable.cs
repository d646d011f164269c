using Supervision.Web.Common;

namespace Supervision.Web.Data.Seed;

/// <summary>
/// A CSV seed file: a header line naming the columns, then data rows. Fields may be quoted
/// ("a, b" and "" for a quote) so names can contain commas. Blank lines are ignored. Read by <see cref="CsvRecords"/>.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(IReadOnlyList<CsvRow> rows) => Rows = rows;

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Returns null (after recording errors) when the header lacks a required column or a quote is never closed.</summary>
    public static CsvTable? Parse(string text, IReadOnlyList<string> columns, SeedErrors errors)
    {
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvRecords.Read(text, trim: false);
        }
        catch (FormatException e)
        {
            errors.Add(null, null, e.Message);
            return null;
        }
        var lines = records.Where(r => !r.IsBlank).ToList();
        if (lines.Count == 0)
        {
            errors.Add(null, null, $"文件为空，缺少表头 {string.Join(',', columns)}");
            return null;
        }

        var headerFields = lines[0].Fields.Select(h => h.Trim()).ToList();
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
        foreach (var record in lines.Skip(1))
        {
            var label = $"第{rows.Count + 1}行数据（文件第{record.Line}行）";
            if (record.Fields.Length != headerFields.Count)
            {
                errors.Add(label, null, $"应有 {headerFields.Count} 个字段，实际有 {record.Fields.Length} 个");
                rows.Add(new CsvRow(label, positions, null, errors));
                continue;
            }
            rows.Add(new CsvRow(label, positions, record.Fields, errors));
        }
        return new CsvTable(rows);
    }
}
