namespace Supervision.Web.Export.Excel;

/// <summary>
/// Column widths from content. ClosedXML 0.95's AdjustToContents measures with System.Drawing, which
/// throws on Linux, so widths are estimated here: an East Asian wide character (CJK, full-width
/// punctuation) takes about two width units, everything else one.
/// </summary>
internal static class TextWidth
{
    public const double Min = 6;
    public const double Max = 60;

    public static double Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }
        double width = 0;
        var longestLine = 0d;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                longestLine = Math.Max(longestLine, width);
                width = 0;
                continue;
            }
            width += IsWide(rune) ? 2 : 1;
        }
        return Math.Max(longestLine, width);
    }

    /// <summary>Width units for a column whose widest cell is <paramref name="contentWidth"/>, with padding, clamped.</summary>
    public static double Column(double contentWidth, double max = Max) => Math.Clamp(contentWidth + 2, Min, max);

    public static bool IsWide(Rune rune)
    {
        var v = rune.Value;
        return v is >= 0x1100 and <= 0x115F     // Hangul Jamo
            or >= 0x2E80 and <= 0x303E          // CJK radicals, punctuation
            or >= 0x3041 and <= 0x33FF          // kana, CJK symbols
            or >= 0x3400 and <= 0x4DBF          // CJK extension A
            or >= 0x4E00 and <= 0x9FFF          // CJK unified ideographs
            or >= 0xA000 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3          // Hangul syllables
            or >= 0xF900 and <= 0xFAFF          // CJK compatibility
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60          // full-width forms
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFD        // CJK extensions B–
            || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol && v >= 0x1F300;
    }
}
