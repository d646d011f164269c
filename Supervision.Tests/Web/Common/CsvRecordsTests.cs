namespace Supervision.Tests.Web.Common;

public sealed class CsvRecordsTests
{
    [Fact]
    public void Each_record_knows_the_file_line_it_starts_on_even_after_a_quoted_line_break()
    {
        var records = CsvRecords.Read("a,b\n\"x\ny\",1\n\nz,2\n", trim: false);

        Assert.Equal([1, 2, 4, 5], records.Select(r => r.Line));
        Assert.Equal([1, 2, 3, 4], records.Select(r => r.Number));
        Assert.Equal(["x\ny", "1"], records[1].Fields);
        Assert.True(records[2].IsBlank);
    }

    [Fact]
    public void Fields_keep_their_spaces_unless_trimming_is_asked_for()
    {
        Assert.Equal([" a ", " b"], CsvRecords.Read(" a , b", trim: false)[0].Fields);
        Assert.Equal(["a", "b"], CsvRecords.Read(" a , b", trim: true)[0].Fields);
    }

    [Fact]
    public void A_leading_byte_order_mark_is_not_part_of_the_first_field()
    {
        Assert.Equal("date", CsvRecords.Read("\uFEFFdate,offDay", trim: false)[0].Fields[0]);
    }

    [Fact]
    public void An_unclosed_quote_is_refused_in_Chinese_naming_its_record()
    {
        var error = Assert.Throws<FormatException>(() => CsvRecords.Read("a,b\n\"open,z\nmore\n", trim: false));

        Assert.StartsWith("第 2 行：引号未闭合", error.Message);
    }
}
