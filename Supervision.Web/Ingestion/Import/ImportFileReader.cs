namespace Supervision.Web.Ingestion.Import;

/// <summary>A spreadsheet read from disk, and how it was read (for the progress line).</summary>
public sealed record ImportSource(ImportTable Table, string Description);

/// <summary>Reads an import file by its extension: <c>.csv</c> or <c>.xlsx</c>.</summary>
public static class ImportFileReader
{
    /// <exception cref="ImportFileException">Missing, unsupported or unreadable file.</exception>
    public static async Task<ImportSource> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new ImportFileException($"文件不存在：{path}");
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            switch (extension)
            {
                case ".csv":
                    var text = CsvText.Decode(await File.ReadAllBytesAsync(path, cancellationToken), out var encoding);
                    var encodingName = encoding.WebName.Equals("utf-8", StringComparison.OrdinalIgnoreCase) ? "UTF-8" : "GB18030";
                    return new ImportSource(CsvTable.Parse(text), $"CSV，{encodingName} 编码");
                case ".xlsx":
                    await using (var stream = File.OpenRead(path))
                    {
                        var table = XlsxTable.Read(stream, out var sheet);
                        return new ImportSource(table, string.Create(CultureInfo.InvariantCulture, $"Excel 工作表“{sheet}”"));
                    }
                default:
                    throw new ImportFileException($"不支持的文件类型“{extension}”：请使用 .xlsx 或 .csv 文件（{path}）");
            }
        }
        catch (FormatException e) when (extension == ".csv")
        {
            throw new ImportFileException($"无法读取 CSV 文件 {path}：{e.Message}", e);
        }
        catch (Exception e) when (extension == ".xlsx" && e is not ImportFileException and not OperationCanceledException)
        {
            throw new ImportFileException($"无法读取 Excel 文件 {path}：文件已损坏或不是 .xlsx 格式（{e.GetType().Name}）", e);
        }
    }
}
