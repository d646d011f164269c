namespace Supervision.Web.Ingestion.Import;

/// <summary>
/// Decodes a CSV file: UTF-8 with or without BOM, or GB18030 (what Excel on a Chinese Windows saves
/// as “CSV”). Bytes that are not valid UTF-8 are taken as GB18030: Chinese text in one encoding is
/// almost never valid in the other, so one strict decoding attempt tells them apart.
/// </summary>
public static class CsvText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, out Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            encoding = Encoding.UTF8;
            return StrictUtf8.GetString(bytes, 3, bytes.Length - 3);
        }
        try
        {
            encoding = Encoding.UTF8;
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            encoding = Encoding.GetEncoding("GB18030");
            return encoding.GetString(bytes);
        }
    }
}
