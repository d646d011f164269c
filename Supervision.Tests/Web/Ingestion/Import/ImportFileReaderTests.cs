using Supervision.Domain.Events.Json;
using Supervision.Domain.Import;
using Supervision.Tests.Domain.Import;
using Supervision.Web.Ingestion.Import;

namespace Supervision.Tests.Web.Ingestion.Import;

public sealed class ImportFileReaderTests
{
    [Fact]
    public async Task Csv_and_xlsx_of_the_example_produce_the_same_events()
    {
        var fromCsv = ImportSheet.Plan((await ImportFileReader.ReadAsync(ImportFiles.ExampleCsv, CancellationToken.None)).Table);
        var fromXlsx = ImportSheet.Plan((await ImportFileReader.ReadAsync(ImportFiles.ExampleXlsx, CancellationToken.None)).Table);

        Assert.False(fromCsv.Rejected, string.Join("; ", fromCsv.Errors));
        Assert.Equal(194, fromCsv.Events.Count);
        Assert.Equal(Encoding.UTF8.GetString(EventJson.SerializeBatch(fromCsv.Events)), Encoding.UTF8.GetString(EventJson.SerializeBatch(fromXlsx.Events)));
    }

    [Fact]
    public async Task Xlsx_date_cells_are_read_as_beijing_times()
    {
        var source = await ImportFileReader.ReadAsync(ImportFiles.ExampleXlsx, CancellationToken.None);

        var accepted = source.Table.Headers.ToList().IndexOf(ImportColumns.AcceptedAt);
        Assert.Equal("2020-06-01 09:12:00", source.Table.Rows[0].Cell(accepted));
        Assert.Equal("Excel 工作表“办件”", source.Description);
    }

    [Theory]
    [InlineData("GB18030")]
    [InlineData("UTF-8 BOM")]
    public async Task Csv_in_gb18030_or_with_a_byte_order_mark_reads_like_plain_utf8(string encoding)
    {
        using var files = new ImportFiles();
        var text = File.ReadAllText(ImportFiles.ExampleCsv);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = encoding == "GB18030"
            ? Encoding.GetEncoding("GB18030").GetBytes(text)
            : [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)];

        var converted = await ImportFileReader.ReadAsync(files.Write("converted.csv", bytes), CancellationToken.None);
        var plain = await ImportFileReader.ReadAsync(ImportFiles.ExampleCsv, CancellationToken.None);

        Assert.Equal(plain.Table.Headers, converted.Table.Headers);
        Assert.Equal(plain.Table.Rows.Select(r => string.Join('|', r.Cells)), converted.Table.Rows.Select(r => string.Join('|', r.Cells)));
        Assert.Equal(encoding == "GB18030" ? "CSV，GB18030 编码" : "CSV，UTF-8 编码", converted.Description);
    }

    [Fact]
    public async Task Unsupported_file_type_is_refused_by_name()
    {
        using var files = new ImportFiles();
        var path = files.Write("cases.xls", [0xD0, 0xCF]);

        var error = await Assert.ThrowsAsync<ImportFileException>(() => ImportFileReader.ReadAsync(path, CancellationToken.None));

        Assert.StartsWith("不支持的文件类型“.xls”", error.Message);
    }

    [Fact]
    public async Task Corrupt_xlsx_is_refused_without_a_stack_trace()
    {
        using var files = new ImportFiles();
        var path = files.Write("cases.xlsx", Encoding.UTF8.GetBytes("办件编号,镇街代码\n"));

        var error = await Assert.ThrowsAsync<ImportFileException>(() => ImportFileReader.ReadAsync(path, CancellationToken.None));

        Assert.StartsWith("无法读取 Excel 文件", error.Message);
    }
}
