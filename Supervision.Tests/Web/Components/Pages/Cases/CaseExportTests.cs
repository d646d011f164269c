using Supervision.Tests.Web.Components.Fakes;
using Supervision.Tests.Web.Export;
using Supervision.Web.Queries.Live;

namespace Supervision.Tests.Web.Components.Pages.Cases;

public sealed class CaseExportTests : ListsWorld
{
    private static DateTimeOffset Local(int day, int hour) => new(2020, 10, day, hour, 0, 0, WorkingCalendar.ChinaOffset);

    private static CaseRecord Completed(string town, int n, bool late = false) => new()
    {
        Town = town,
        CaseId = $"C-{n:D3}",
        ItemCode = n % 3 == 0 ? null : "RS-00" + (n % 4 + 1),
        AcceptedAt = Local(1 + n % 12, 9),
        AcceptedDay = new DateOnly(2020, 10, 1 + n % 12),
        AcceptedStaff = n % 5 == 0 ? null : $"{Nanma}-S0{n % 2 + 1}",
        PromisedDays = 5,
        Deadline = Local(8 + n % 12, 17),
        CompletedAt = Local(2 + n % 12, 15),
        CompletedDay = new DateOnly(2020, 10, 2 + n % 12),
        CompletedOnTime = !late,
        CompletedLate = late,
        ProcessingWorkingDays = n * 0.37,
        Status = CaseStatus.Completed,
    };

    private static CaseRecord Open(CaseRecord record)
    {
        (record.CompletedAt, record.CompletedDay, record.CompletedOnTime, record.Status) = (null, null, null, CaseStatus.Accepted);
        return record;
    }

    /// <summary>22 completed 南麻 cases in October (two of them late), 3 of 历山 and 2 open ones the filter leaves out.</summary>
    private Task SeedCasesAsync() => SeedAsync(db =>
    {
        db.AddRange(Enumerable.Range(1, 22).Select(n => Completed(Nanma, n, late: n % 11 == 0)));
        db.AddRange(Enumerable.Range(30, 3).Select(n => Completed(Lishan, n)));
        db.AddRange(Enumerable.Range(40, 2).Select(n => Open(Completed(Nanma, n))));
    });

    /// <summary>The page reads its pages through the real read side over this world's database.</summary>
    private void ReadCasesFromTheDatabase()
    {
        var calendars = Context.Services.GetRequiredService<WorkingCalendarSource>();
        var queries = new FigureQueries(Database.ContextFactory, new ReadReferenceCache(Database.ContextFactory, Time),
            new LiveStateReader(Database.ContextFactory, calendars), Settings, new PeriodRollupCache(new FakeIngestionNotifications(), Time), calendars, Time);
        Queries.Cases = q => queries.FindCasesAsync(q, CancellationToken.None).GetAwaiter().GetResult();
    }

    private async Task<IRenderedComponent<CasesPage>> FilteredPageAsync()
    {
        await SeedCasesAsync();
        ReadCasesFromTheDatabase();
        Context.Services.GetRequiredService<NavigationManager>()
            .NavigateTo(CaseLinks.For(Nanma, Period.Month(2020, 10), CaseStatusFilter.Completed));
        var cut = RenderPage<CasesPage>();
        WaitFor(cut, () => Assert.Equal(20, cut.FindAll(".cases-table tbody tr").Count));
        return cut;
    }

    [Fact]
    public async Task The_cases_export_holds_exactly_the_rows_and_columns_on_screen()
    {
        var cut = await FilteredPageAsync();
        var firstPage = Shown(cut, "cases-table");
        await cut.InvokeAsync(() => cut.FindComponent<MudTable<CaseRecord>>().Instance.NavigateTo(Page.Next));
        WaitFor(cut, () => Assert.Equal(2, cut.FindAll(".cases-table tbody tr").Count));
        var secondPage = Shown(cut, "cases-table").Skip(1);

        var href = ExportHref(cut);
        var exported = await ExportedAsync(href);

        Assert.Contains("town=370323001", href, StringComparison.Ordinal);
        Assert.Contains("status=Completed", href, StringComparison.Ordinal);
        Assert.Contains("period=2020-10", href, StringComparison.Ordinal);
        Assert.Equal([.. firstPage, .. secondPage], exported);
        Assert.Equal(23, exported.Count);
        Assert.EndsWith("（超期）", exported.Single(row => row[0] == "C-011")[5], StringComparison.Ordinal);
    }

    [LibreOfficeFact]
    public async Task LibreOffice_opens_the_cases_export_with_the_headers_and_rows_on_screen()
    {
        var cut = await FilteredPageAsync();
        var folder = Directory.CreateTempSubdirectory("cases-export-").FullName;
        try
        {
            var file = Path.Combine(folder, "办件.xlsx");
            await File.WriteAllBytesAsync(file, await ExportBytesAsync(ExportHref(cut)));

            var (exitCode, output) = await LibreOffice.ConvertAsync(file, LibreOffice.CsvFilter, folder);

            Assert.True(exitCode == 0, output);
            var csv = Directory.GetFiles(folder, "*.csv").Single();
            var rows = LibreOffice.ParseCsv(await File.ReadAllTextAsync(csv));
            var shown = Shown(cut, "cases-table");
            Assert.Equal(shown[0], rows[0]);
            Assert.Equal(23, rows.Count(r => r.Count > 1 && r[0].Length > 0));
            Assert.Equal(shown.Skip(1).Select(r => r[0]), rows.Skip(1).Take(20).Select(r => r[0]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(22, false)]
    [InlineData(ExportButton.FollowedRows, true)]
    public void A_long_list_follows_its_export_with_a_progress_ticket(int total, bool followed)
    {
        Queries.UseCases([], total);

        var cut = RenderPage<CasesPage>();

        WaitFor(cut, () => Assert.Equal(followed, ExportHref(cut).Contains("progress=", StringComparison.Ordinal)));
        Assert.Empty(cut.FindAll(".export-progress"));
    }
}
