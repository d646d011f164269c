using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Supervision.Web.Export.Excel;

/// <summary>
/// Writes a one-sheet .xlsx row by row (SAX-style, <see cref="OpenXmlWriter"/>), straight into a
/// zip on the output stream, which need not be seekable. Strings are inline, so there is no shared
/// string table to hold; only the first <see cref="WidthSampleRows"/> rows are held, to size the
/// columns from their content. Memory stays flat however many rows there are.
/// </summary>
/// <remarks>
/// Not SpreadCheetah (served, MIT, also streaming): its 1.29 worksheet options stop at column widths, frozen
/// panes and the auto filter, while this export is made to be printed: A4 landscape, one page wide, the header
/// row repeated on each page and a “第 &amp;P 页，共 &amp;N 页” footer (TableExportTests pins them). Writing those parts
/// beside SpreadCheetah's package would keep most of this file and add a dependency.
/// </remarks>
internal static class StreamingXlsx
{
    public const int WidthSampleRows = 500;

    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    // Cell style indexes of StyleSheet().
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint DateTimeStyle = 3;
    private const uint PercentStyle = 4;
    private const uint IntegerStyle = 5;
    private const uint OneDecimalStyle = 6;
    private const uint TwoDecimalsStyle = 7;
    private const uint CenteredStyle = 8;

    /// <returns>The number of data rows written.</returns>
    public static int Write(Stream output, string sheetName, string printHeader, IReadOnlyList<ExcelColumn> columns, IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var letters = columns.Select((_, i) => ColumnLetters(i + 1)).ToArray();
        int written;
        var rowIndex = 1;
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteXml(zip, "[Content_Types].xml", ContentTypes);
            WriteXml(zip, "_rels/.rels", PackageRels);
            WriteXml(zip, "xl/_rels/workbook.xml.rels", WorkbookRels);
            Save(zip, "xl/styles.xml", StyleSheet());

            using var enumerator = rows.GetEnumerator();
            var sample = new List<object?[]>();
            while (sample.Count < WidthSampleRows && enumerator.MoveNext())
            {
                sample.Add(enumerator.Current);
            }
            var widths = Widths(columns, sample);

            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
            using (var stream = entry.Open())
            using (var writer = OpenXmlWriter.Create(stream, Encoding.UTF8))
            {
                writer.WriteStartDocument(true);
                writer.WriteStartElement(new Worksheet());
                writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
                writer.WriteElement(new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                    new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new("A2")]) })
                { WorkbookViewId = 0 }));
                writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
                writer.WriteElement(new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));
                writer.WriteStartElement(new SheetData());

                WriteRow(writer, 1, letters, columns.Select(c => (object?)c.Header).ToArray(), columns, header: true);
                foreach (var row in sample)
                {
                    WriteRow(writer, ++rowIndex, letters, row, columns, header: false);
                }
                while (enumerator.MoveNext())
                {
                    WriteRow(writer, ++rowIndex, letters, enumerator.Current, columns, header: false);
                }
                writer.WriteEndElement(); // sheetData
                written = rowIndex - 1;

                writer.WriteElement(new AutoFilter { Reference = $"A1:{letters[^1]}{rowIndex}" });
                writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
                writer.WriteElement(new PageSetup
                {
                    PaperSize = 9, // A4
                    Orientation = OrientationValues.Landscape,
                    FitToWidth = 1,
                    FitToHeight = 0,
                });
                writer.WriteElement(new HeaderFooter(
                    new OddHeader("&C" + EscapeAmpersands(printHeader)),
                    new OddFooter("&C第 &P 页，共 &N 页")));
                writer.WriteEndElement(); // worksheet
                writer.Close();
            }

            // Written last: the filter's defined name needs the final row count.
            Save(zip, "xl/workbook.xml", new Workbook(
                new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = "rId1" }),
                new DefinedNames(
                    new DefinedName($"'{sheetName}'!$A$1:${letters[^1]}${rowIndex}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true },
                    new DefinedName($"'{sheetName}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 })));
        }
        return written;
    }

    private static void WriteRow(OpenXmlWriter writer, int rowIndex, string[] letters, object?[] values, IReadOnlyList<ExcelColumn> columns, bool header)
    {
        if (values.Length != columns.Count)
        {
            throw new ArgumentException($"应有 {columns.Count} 个值，实际 {values.Length} 个。", nameof(values));
        }
        var index = rowIndex.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", index)]);
        for (var c = 0; c < values.Length; c++)
        {
            var reference = letters[c] + index;
            if (header)
            {
                Text(writer, reference, (string)values[c]!, HeaderStyle);
                continue;
            }
            switch (values[c])
            {
                case null:
                    Text(writer, reference, Ratio.NoValue, CenteredStyle);
                    break;
                case Ratio ratio:
                    if (ExcelFormats.PercentValue(ratio) is { } share)
                    {
                        Number(writer, reference, share, PercentStyle);
                    }
                    else
                    {
                        Text(writer, reference, Ratio.NoValue, CenteredStyle);
                    }
                    break;
                case DateTimeOffset instant:
                    Number(writer, reference, ExcelFormats.Local(instant).ToOADate(), columns[c].Kind == ColumnKind.Date ? DateStyle : DateTimeStyle);
                    break;
                case DateOnly day:
                    Number(writer, reference, day.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle);
                    break;
                case bool flag:
                    Text(writer, reference, flag ? "是" : "否", 0);
                    break;
                case string text:
                    Text(writer, reference, text, 0);
                    break;
                case int or long or decimal or double:
                    Number(writer, reference, Convert.ToDouble(values[c], CultureInfo.InvariantCulture), columns[c].Kind switch
                    {
                        ColumnKind.OneDecimal => OneDecimalStyle,
                        ColumnKind.TwoDecimals => TwoDecimalsStyle,
                        ColumnKind.Percent => PercentStyle,
                        _ => IntegerStyle,
                    });
                    break;
                default:
                    throw new ArgumentException($"不支持写入 Excel 的值类型：{values[c]!.GetType().Name}。", nameof(values));
            }
        }
        writer.WriteEndElement();
    }

    private static void Text(OpenXmlWriter writer, string reference, string text, uint style)
    {
        var attributes = new List<OpenXmlAttribute>(3) { new("r", "", reference), new("t", "", "inlineStr") };
        if (style != 0)
        {
            attributes.Add(new("s", "", style.ToString(CultureInfo.InvariantCulture)));
        }
        writer.WriteStartElement(new Cell(), attributes);
        writer.WriteElement(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }));
        writer.WriteEndElement();
    }

    private static void Number(OpenXmlWriter writer, string reference, double value, uint style)
    {
        writer.WriteStartElement(new Cell(), [new("r", "", reference), new("s", "", style.ToString(CultureInfo.InvariantCulture))]);
        writer.WriteElement(new CellValue(value.ToString("R", CultureInfo.InvariantCulture)));
        writer.WriteEndElement();
    }

    /// <summary>Event data is free text: drop control characters XML 1.0 cannot carry.</summary>
    private static string XmlSafe(string text)
    {
        foreach (var ch in text)
        {
            if (!XmlConvert.IsXmlChar(ch) && !char.IsSurrogate(ch))
            {
                return new string(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray());
            }
        }
        return text;
    }

    private static double[] Widths(IReadOnlyList<ExcelColumn> columns, List<object?[]> sample)
    {
        var widths = new double[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var widest = TextWidth.Of(columns[c].Header);
            foreach (var row in sample)
            {
                widest = Math.Max(widest, DisplayText.Width(row[c], columns[c].Kind));
            }
            widths[c] = TextWidth.Column(widest, columns[c].MaxWidth);
        }
        return widths;
    }

    private static string ColumnLetters(int column)
    {
        var letters = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            letters = (char)('A' + (column - 1) % 26) + letters;
        }
        return letters;
    }

    private static string EscapeAmpersands(string text) => text.Replace("&", "&&", StringComparison.Ordinal);

    private static Stylesheet StyleSheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = ExcelFormats.Date },
            new NumberingFormat { NumberFormatId = 165, FormatCode = ExcelFormats.DateTime },
            new NumberingFormat { NumberFormatId = 166, FormatCode = ExcelFormats.Percent },
            new NumberingFormat { NumberFormatId = 167, FormatCode = ExcelFormats.OneDecimal })
        { Count = 4 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, WrapText = true })
            { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 167, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 2, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center })
            { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true })
        { Count = 9 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static void Save(ZipArchive zip, string path, OpenXmlPartRootElement root)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        root.Save(stream);
    }

    private static void WriteXml(ZipArchive zip, string path, string xml)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        var bytes = Encoding.UTF8.GetBytes(xml);
        stream.Write(bytes);
    }

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""" +
        """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>""" +
        """<Default Extension="xml" ContentType="application/xml"/>""" +
        """<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""" +
        """<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""" +
        """<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""" +
        """</Types>""";

    private const string PackageRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        $"""<Relationships xmlns="{PackageRelNs}">""" +
        $"""<Relationship Id="rId1" Type="{RelNs}/officeDocument" Target="xl/workbook.xml"/>""" +
        """</Relationships>""";

    private const string WorkbookRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        $"""<Relationships xmlns="{PackageRelNs}">""" +
        $"""<Relationship Id="rId1" Type="{RelNs}/worksheet" Target="worksheets/sheet1.xml"/>""" +
        $"""<Relationship Id="rId2" Type="{RelNs}/styles" Target="styles.xml"/>""" +
        """</Relationships>""";

}
