using System.Text;

namespace Supervision.Domain.Import;

/// <summary>
/// Reads CSV as Excel writes it (RFC 4180): comma-separated, fields optionally in double quotes, a
/// doubled quote inside quotes is one quote, quoted fields may hold commas and line breaks; CRLF or LF.
/// The first record is the header. Row numbers count records, as a spreadsheet shows them.
/// </summary>
public static class CsvTable
{
    /// <exception cref="FormatException">A quoted field is never closed.</exception>
    public static ImportTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = Records(text.TrimStart('\uFEFF'));
        if (records.Count == 0)
        {
            return new ImportTable([], []);
        }
        var rows = new List<ImportRow>(records.Count - 1);
        for (var i = 1; i < records.Count; i++)
        {
            rows.Add(new ImportRow(i + 1, records[i]));
        }
        return new ImportTable(records[0], rows);
    }

    private static List<string[]> Records(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var record = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString().Trim());
                    field.Clear();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    EndRecord();
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (quoted)
        {
            throw new FormatException($"第 {record} 行：引号未闭合（以英文双引号开头的字段缺少结尾的双引号）。");
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            EndRecord();
        }
        return records;

        void EndRecord()
        {
            fields.Add(field.ToString().Trim());
            field.Clear();
            records.Add([.. fields]);
            fields.Clear();
            record++;
        }
    }
}
