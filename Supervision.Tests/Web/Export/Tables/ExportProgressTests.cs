namespace Supervision.Tests.Web.Export.Tables;

public sealed class ExportProgressTests
{
    private static readonly IReadOnlyList<ExcelColumn> Columns = [new("编号", ColumnKind.Integer)];

    private static IEnumerable<object?[]> Rows(int count, bool fail = false)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return [i];
        }
        if (fail)
        {
            throw new InvalidOperationException("数据库连接中断");
        }
    }

    [Fact]
    public async Task A_tracked_export_reports_each_written_row_and_its_end()
    {
        var progress = new ExportProgress();
        var ticket = ExportProgress.NewTicket();
        await using var source = progress.Track(ticket, new ExportSource("cases", "办件", "办件清单", Columns, Rows(1234)));
        Assert.Equal(new ExportProgress.State(0, false, false), progress.Read(ticket));

        await ExportEndpoints.WriteAsync(source, Stream.Null, CancellationToken.None);

        Assert.Equal(new ExportProgress.State(1234, true, false), progress.Read(ticket));
        progress.Forget(ticket);
        Assert.Null(progress.Read(ticket));
    }

    [Fact]
    public async Task An_export_that_breaks_off_is_reported_as_failed_with_the_rows_written()
    {
        var progress = new ExportProgress();
        var ticket = ExportProgress.NewTicket();
        await using var source = progress.Track(ticket, new ExportSource("cases", "办件", "办件清单", Columns, Rows(10, fail: true)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => ExportEndpoints.WriteAsync(source, Stream.Null, CancellationToken.None));

        Assert.Equal(new ExportProgress.State(10, false, true), progress.Read(ticket));
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef", true)]
    [InlineData("0123456789ABCDEF0123456789ABCDEF", false)]
    [InlineData("../../etc/passwd", false)]
    [InlineData("", false)]
    public void Only_a_ticket_the_page_made_is_tracked(string text, bool tracked) =>
        Assert.Equal(tracked, ExportProgress.IsTicket(text));
}
