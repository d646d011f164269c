using ClosedXML.Excel;

namespace Supervision.Web.Export.Excel;

/// <summary>Writes one value into a ClosedXML cell with the type and number format of its column.</summary>
internal static class ExcelCells
{
    public static void Set(IXLCell cell, ColumnKind kind, object? value)
    {
        switch (value)
        {
            case null:
                cell.SetValue(Ratio.NoValue);
                cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                return;
            case Ratio ratio:
                if (ExcelFormats.PercentValue(ratio) is { } share)
                {
                    cell.SetValue(share);
                    cell.Style.NumberFormat.Format = ExcelFormats.Percent;
                }
                else
                {
                    Set(cell, kind, null);
                }
                return;
            case DateTimeOffset instant:
                cell.SetValue(ExcelFormats.Local(instant));
                cell.Style.NumberFormat.Format = kind == ColumnKind.Date ? ExcelFormats.Date : ExcelFormats.DateTime;
                return;
            case DateOnly day:
                cell.SetValue(day.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = ExcelFormats.Date;
                return;
            case bool flag:
                // Set as text: ClosedXML would otherwise store TRUE/FALSE.
                cell.SetValue(flag ? "是" : "否");
                return;
            case string text:
                // SetValue<string> stores text as is; the Value setter would turn “370323001” into a number.
                cell.SetValue(text);
                return;
            case int or long or decimal or double:
                var number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                cell.SetValue(number);
                cell.Style.NumberFormat.Format = kind switch
                {
                    ColumnKind.OneDecimal => ExcelFormats.OneDecimal,
                    ColumnKind.TwoDecimals => ExcelFormats.TwoDecimals,
                    ColumnKind.Percent => ExcelFormats.Percent,
                    _ => ExcelFormats.Integer,
                };
                return;
            default:
                throw new ArgumentException($"不支持写入 Excel 的值类型：{value.GetType().Name}。", nameof(value));
        }
    }
}
