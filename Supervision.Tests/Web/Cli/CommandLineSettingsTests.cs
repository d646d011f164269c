using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Services;
using Supervision.Tests.Web.Ingestion.Import;
using Supervision.Web.Ingestion.Store;

namespace Supervision.Tests.Web.Cli;

/// <summary>
/// Every verb of the built app (<c>dotnet Supervision.Web.dll …</c>) takes <c>--Database:Provider=…</c> and
/// <c>--ConnectionStrings:Supervision=…</c> on its command line, before, between or after its own arguments,
/// as the web host does: the work lands in the database named there, not in the default file.
/// </summary>
public sealed class CommandLineSettingsTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Fact]
    public async Task Help_of_the_built_app_lists_the_verbs_in_chinese()
    {
        var (exitCode, output, _) = await WebProcess.RunToEndAsync(WebProcess.AppDirectory, NoEnvironment, "--help");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("说明：", output);
        Assert.Contains("命令：", output);
        Assert.Contains("  apikey       管理事件上报 API 密钥", output);
    }

    [Fact]
    public async Task Apikey_create_takes_the_database_settings_put_before_the_verb()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);

        var run = await RunAsync([.. Settings(database), "apikey", "create", "--name", "叫号机"]);

        Assert.Equal(0, run.ExitCode);
        await using var db = database.CreateContext();
        Assert.Equal("叫号机", (await db.Set<ApiKey>().SingleAsync()).Name);
    }

    [PostgresFact]
    public async Task Apikey_create_takes_a_postgres_database_from_the_command_line()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, migrate: false);

        var run = await RunAsync(["apikey", "create", .. Settings(database), "--name", "叫号机"]);

        Assert.Equal(0, run.ExitCode);
        await using var db = database.CreateContext();
        Assert.Equal("叫号机", (await db.Set<ApiKey>().SingleAsync()).Name);
    }

    [Fact]
    public async Task Bulletin_takes_the_database_settings_between_its_options()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        var file = Path.Combine(Path.GetTempPath(), $"bulletin-{Guid.NewGuid():N}.xlsx");

        var run = await RunAsync(["bulletin", "--week", "2020-W40", .. Settings(database), "--out", file]);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(file));
        File.Delete(file);
        await using var db = database.CreateContext();
        Assert.Contains(await db.AuditEntries.Select(e => e.Actor).ToListAsync(), a => a != null && a.StartsWith("cli:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calendar_import_takes_the_database_settings_after_its_file()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        var file = Path.Combine(Path.GetTempPath(), $"holidays-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "date,offDay,name\n2027-01-01,true,元旦\n2027-02-08,true,春节\n");

        var run = await RunAsync(["calendar", "import", file, .. Settings(database)]);
        File.Delete(file);

        Assert.Equal(0, run.ExitCode);
        await using var db = database.CreateContext();
        Assert.True(await db.Holidays.AnyAsync(h => h.Date == new DateOnly(2027, 2, 8)));
    }

    [Fact]
    public async Task Import_takes_the_database_settings_in_the_key_value_form_with_a_space()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        var spaced = database.ConfigurationValues.SelectMany(v => new[] { $"--{v.Key}", v.Value }).ToArray();

        var run = await RunAsync(["import", .. spaced, ImportFiles.ExampleCsv]);

        Assert.Equal(0, run.ExitCode);
        await using var db = database.CreateContext();
        Assert.Equal(194, await db.Set<StoredEvent>().CountAsync());
    }

    [Fact]
    public async Task Projections_rebuild_takes_the_database_settings()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);

        var run = await RunAsync(["projections", .. Settings(database), "rebuild"]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("重建完成：读取事件 0 条", run.Output);
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync()); // the run migrated this database, not the default file
    }

    [Fact]
    public async Task Simulate_takes_the_database_settings()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);

        var run = await RunAsync(["simulate", "--from", "2020-10-12", "--to", "2020-10-12", .. Settings(database)]);

        Assert.Equal(0, run.ExitCode);
        await using var db = database.CreateContext();
        Assert.True(await db.Set<StoredEvent>().AnyAsync());
    }

    [Fact]
    public async Task The_app_started_from_another_directory_keeps_its_own_folder_as_content_root()
    {
        var elsewhere = Directory.CreateTempSubdirectory("supervision-cwd-");
        var name = $"content-root-{Guid.NewGuid():N}.db";
        try
        {
            // A relative SQLite file lies under the content root: the app's folder, where appsettings.json is.
            var run = await WebProcess.RunToEndAsync(elsewhere.FullName, NoEnvironment,
                "projections", "rebuild", $"--ConnectionStrings:Supervision=Data Source={name}");

            Assert.Equal(0, run.ExitCode);
            Assert.True(File.Exists(Path.Combine(WebProcess.AppDirectory, name)));
            Assert.False(File.Exists(Path.Combine(elsewhere.FullName, name)));
        }
        finally
        {
            elsewhere.Delete(recursive: true);
            foreach (var file in Directory.GetFiles(WebProcess.AppDirectory, name + "*"))
            {
                File.Delete(file);
            }
        }
    }

    private static IEnumerable<string> Settings(TestDatabase database) =>
        database.ConfigurationValues.Select(v => $"--{v.Key}={v.Value}");

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args)
    {
        var run = await WebProcess.RunToEndAsync(WebProcess.AppDirectory, NoEnvironment, args);
        Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)} → {run.ExitCode}：{run.Output}{run.Error}");
        return run;
    }
}
