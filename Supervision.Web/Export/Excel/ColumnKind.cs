namespace Supervision.Web.Export.Excel;

/// <summary>How a column's values are stored and formatted.</summary>
public enum ColumnKind
{
    Text = 0,
    Integer = 1,
    OneDecimal = 2,
    TwoDecimals = 3,
    /// <summary>A <see cref="Domain.Figures.Ratio"/>: stored as the rounded fraction with <c>0.0%</c>, “—” when empty.</summary>
    Percent = 4,
    Date = 5,
    DateTime = 6,
}

/// <param name="Header">Chinese column heading.</param>
/// <param name="Figure">The <see cref="Domain.Figures.FigureMiss.Figure"/> name this column shows, for the red “未达标” fill.</param>
/// <param name="MaxWidth">Long free text (reasons, summaries) wraps at this width instead of widening the sheet.</param>
public sealed record ExcelColumn(string Header, ColumnKind Kind = ColumnKind.Text, string? Figure = null, double MaxWidth = TextWidth.Max);
