using Supervision.Web.Ingestion.Import;

namespace Supervision.Tests.Web.Ingestion.Import;

public sealed class CsvTableTests
{
    [Fact]
    public void Quoted_fields_keep_commas_line_breaks_and_doubled_quotes_as_written()
    {
        var table = CsvTable.Parse("办件编号,不予受理原因\r\nA1,\"材料不全，缺少\"\"户口簿\"\",身份证\r\n复印件\"\r\nA2,x\r\n");

        Assert.Equal(["办件编号", "不予受理原因"], table.Headers);
        Assert.Equal([2, 3], table.Rows.Select(r => r.Number));
        Assert.Equal("材料不全，缺少\"户口簿\",身份证\r\n复印件", table.Rows[0].Cell(1));
    }

    [Fact]
    public void Byte_order_mark_and_surrounding_spaces_are_dropped()
    {
        var table = CsvTable.Parse("\uFEFF办件编号 , 镇街代码\n A1 ,370323001");

        Assert.Equal(["办件编号", "镇街代码"], table.Headers);
        Assert.Equal(["A1", "370323001"], table.Rows[0].Cells);
    }

    [Fact]
    public void Unclosed_quote_names_the_row_where_it_opened()
    {
        var error = Assert.Throws<FormatException>(() => CsvTable.Parse("a,b\nx,y\n\"open,z\n"));

        Assert.StartsWith("第 3 行：引号未闭合", error.Message);
    }
}
