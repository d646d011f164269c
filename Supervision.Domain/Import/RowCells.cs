using Supervision.Domain.Events.Validation;

namespace Supervision.Domain.Import;

/// <summary>
/// Reads typed values out of one row by column name, recording a problem for every cell that does not
/// parse. A getter returns null for an empty or bad cell; <see cref="Failed"/> tells the two apart.
/// </summary>
internal sealed class RowCells(ImportRow row, IReadOnlyDictionary<string, int> columns, ImportErrors errors)
{
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

    public int Row => row.Number;

    public bool Failed(string column) => _failed.Contains(column);

    public bool Has(string column) => Text(column).Length > 0;

    public string Text(string column) => columns.TryGetValue(column, out var index) ? row.Cell(index) : "";

    public void Fail(string column, string reason)
    {
        // One reason per cell: the first problem is the one to fix.
        if (_failed.Add(column))
        {
            errors.Add(row.Number, column, reason);
        }
    }

    public string? Identifier(string column, bool required)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            if (required)
            {
                Fail(column, "必填项为空");
            }
            return null;
        }
        if (text.Length > EventReasons.MaxIdentifierLength)
        {
            Fail(column, $"“{text}”超过 {EventReasons.MaxIdentifierLength} 个字符");
            return null;
        }
        return text;
    }

    public string? FreeText(string column)
    {
        var text = Text(column);
        if (text.Length > EventReasons.MaxTextLength)
        {
            Fail(column, $"超过 {EventReasons.MaxTextLength} 个字符");
            return null;
        }
        return text.Length == 0 ? null : text;
    }

    public DateTimeOffset? Time(string column)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }
        if (!ImportValues.TryParseTime(text, out var time))
        {
            Fail(column, $"“{text}”不是有效时间，应为 {ImportValues.TimeFormatHint}");
            return null;
        }
        return time;
    }

    public T? Choice<T>(string column, IReadOnlyDictionary<string, T> choices) where T : struct
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }
        if (!choices.TryGetValue(text, out var value))
        {
            Fail(column, $"“{text}”无效，应为 {ImportValues.Choices(choices)}");
            return null;
        }
        return value;
    }

    public IReadOnlyList<string> List(string column)
    {
        var items = Text(column).Split(ImportValues.MaterialSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Any(i => i.Length > EventReasons.MaxTextLength))
        {
            Fail(column, $"每项材料不能超过 {EventReasons.MaxTextLength} 个字符");
            return [];
        }
        return items;
    }
}
