using Supervision.Web.Export.Excel;
using Supervision.Web.Common;

namespace Supervision.Web.Components.Shared;

/// <summary>
/// A list cell's text and sort key from the value its export writes, so a list and its file show the
/// same thing: counts as 1,234, one-decimal numbers, shares as 93.5%, instants in China time, “—” for none.
/// </summary>
public static class ListCell
{
    public static string Text(object? value, ColumnKind kind) => value switch
    {
        null => ZhFormat.None,
        Ratio r => ZhFormat.Percent(r),
        DateTimeOffset at => ZhFormat.Instant(at),
        DateOnly day => ZhFormat.Date(day),
        int or long => ZhFormat.Count(Convert.ToInt64(value, ZhFormat.Culture)),
        decimal d => ZhFormat.Number(d, kind == ColumnKind.TwoDecimals ? 2 : kind == ColumnKind.Integer ? 0 : 1),
        double d => ZhFormat.Number(d, kind == ColumnKind.TwoDecimals ? 2 : kind == ColumnKind.Integer ? 0 : 1),
        _ => value.ToString() ?? "",
    };

    /// <summary>A key that sorts “—” below every value.</summary>
    public static object SortKey(object? value) => value switch
    {
        null => decimal.MinValue,
        Ratio r => r.Value ?? decimal.MinValue,
        int i => (decimal)i,
        long l => (decimal)l,
        double d => (decimal)d,
        _ => value,
    };

    /// <summary>Numbers right-aligned, text left: the class of a list cell of <paramref name="kind"/>.</summary>
    public static string AlignClass(ColumnKind kind) => kind is ColumnKind.Text or ColumnKind.Date or ColumnKind.DateTime ? "text-cell" : "num";
}
