namespace Supervision.Domain.Orders;

/// <summary>
/// Which evidence files an answer may carry: documents and images from an allow-list, at most
/// <see cref="MaxBytes"/>, and only when the content's own signature matches the name's extension,
/// so a renamed program is refused whatever it is called.
/// </summary>
public static class EvidenceRules
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxFiles = 5;
    public const int MaxNameLength = 120;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly IReadOnlyDictionary<string, (byte[] Signature, string ContentType)> Allowed =
        new Dictionary<string, (byte[], string)>(StringComparer.OrdinalIgnoreCase)
        {
            [".pdf"] = (Pdf, "application/pdf"),
            [".png"] = (Png, "image/png"),
            [".jpg"] = (Jpeg, "image/jpeg"),
            [".jpeg"] = (Jpeg, "image/jpeg"),
            [".docx"] = (Zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            [".xlsx"] = (Zip, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            [".doc"] = (Ole, "application/msword"),
            [".xls"] = (Ole, "application/vnd.ms-excel"),
        };

    public static string AllowedList => "PDF、PNG、JPG、Word（doc/docx）、Excel（xls/xlsx）";

    /// <summary>Checks the size before reading: a too-large upload is refused without being read.</summary>
    public static void CheckSize(string fileName, long size)
    {
        if (size > MaxBytes)
        {
            throw new DomainException($"证明材料“{fileName}”有 {size / 1024.0 / 1024.0:0.0} MB，超过 {MaxBytes / 1024 / 1024} MB 的上限。");
        }
        if (size == 0)
        {
            throw new DomainException($"证明材料“{fileName}”是空文件。");
        }
    }

    /// <summary>The stored name (no folders) and content type of an accepted file; <see cref="DomainException"/> otherwise.</summary>
    public static (string Name, string ContentType) Check(string fileName, ReadOnlySpan<byte> content)
    {
        var name = SafeName(fileName);
        CheckSize(name, content.Length);
        var extension = Path.GetExtension(name);
        if (!Allowed.TryGetValue(extension, out var allowed))
        {
            throw new DomainException($"证明材料“{name}”的类型不允许上传，只接受 {AllowedList}。");
        }
        if (!content.StartsWith(allowed.Signature))
        {
            throw new DomainException($"证明材料“{name}”的内容与扩展名“{extension}”不符，只接受真实的 {AllowedList} 文件。");
        }
        return (name, allowed.ContentType);
    }

    /// <summary>The file's own name without any folder part or control characters, at most <see cref="MaxNameLength"/> characters.</summary>
    public static string SafeName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim();
        if (name.Length == 0 || name is "." or "..")
        {
            throw new DomainException("证明材料缺少文件名。");
        }
        if (name.Length > MaxNameLength)
        {
            var extension = Path.GetExtension(name);
            name = name[..(MaxNameLength - extension.Length)] + extension;
        }
        return name;
    }
}
