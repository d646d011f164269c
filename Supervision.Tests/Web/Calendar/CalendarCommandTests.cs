using Supervision.Tests.Web.Cli;
using Supervision.Tests.Web.Ingestion;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Calendar;

public sealed class CalendarCommandTests
{
    private const string Json2027 = """
        {"year": 2027, "papers": [], "days": [
          {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
          {"name": "春节", "date": "2027-02-08", "isOffDay": true}
        ]}
        """;

    [Fact]
    public async Task Calendar_import_enters_a_holiday_cn_file_and_reports_the_recalculation()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = IngestionApp.Start(db);
        var file = Path.Combine(Path.GetTempPath(), $"holidays-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, Json2027);

        var (exitCode, output, error) = await CliRun.InvokeAsync(app.Services, "calendar", "import", file);
        File.Delete(file);

        Assert.Equal((0, ""), (exitCode, error));
        Assert.StartsWith("已录入 2027 年节假日安排：放假 2 天，调休上班 0 天。", output);
        Assert.Contains(2027, app.Services.GetRequiredService<WorkingCalendarSource>().Current.KeptYears);
        var audit = await app.Services.GetRequiredService<IAuditLog>().SearchAsync(new AuditQuery(Action: AuditActions.CalendarImported));
        Assert.StartsWith("cli:", audit.Entries.Single().Actor);
    }

    [Fact]
    public async Task Calendar_import_of_a_year_without_spring_festival_exits_with_1_and_a_chinese_reason()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = IngestionApp.Start(db);
        var file = Path.Combine(Path.GetTempPath(), $"holidays-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "date,offDay,name\n2027-01-01,true,元旦\n");

        var (exitCode, _, error) = await CliRun.InvokeAsync(app.Services, "calendar", "import", file);
        File.Delete(file);

        Assert.Equal(1, exitCode);
        Assert.Equal("未录入：2027 年的放假安排中没有春节放假日，请按国务院办公厅通知完整录入。\n", error.ReplaceLineEndings("\n"));
    }
}
