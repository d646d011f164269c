using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Services;

namespace Supervision.Tests.Web.Cli;

/// <summary>
/// <c>dotnet Supervision.Web.dll apikey create --name …</c> on a fresh SQLite database, as an operator would run it
/// from another directory: nothing switches the simulator off, demo mode is even asked for, and the logging is
/// left at its defaults. The run happens once (<see cref="ApiKeyCreation"/>); each test checks one promise.
/// </summary>
public sealed class CommandLineRunTests(CommandLineRunTests.ApiKeyCreation run) : IClassFixture<CommandLineRunTests.ApiKeyCreation>
{
    [Fact]
    public async Task A_cli_command_never_creates_demo_accounts()
    {
        await using var db = run.Database.CreateContext();
        var users = await db.Users.Select(u => u.UserName).ToListAsync();

        Assert.DoesNotContain(users, u => AccountBootstrapper.DemoAccounts.Any(d => d.UserName == u));
    }

    [Fact]
    public async Task Cli_audit_entries_carry_the_real_time_and_the_operating_system_user()
    {
        await using var db = run.Database.CreateContext();
        var entries = await db.AuditEntries.AsNoTracking().ToListAsync();
        var key = await db.Set<ApiKey>().AsNoTracking().SingleAsync();

        Assert.Contains(entries, e => e.Action == AuditActions.ApiKeyCreated);
        Assert.All(entries, e =>
        {
            Assert.Equal($"cli:{Environment.UserName}", e.Actor);
            Assert.InRange(e.At, run.Started, run.Finished);
        });
        Assert.InRange(key.CreatedAt, run.Started, run.Finished);
    }

    [Fact]
    public void A_cli_command_logs_warnings_and_errors_only()
    {
        var lines = (run.Output + run.Errors).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains(lines, l => l.StartsWith("已创建密钥", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Executed DbCommand", StringComparison.Ordinal) || l.StartsWith("SELECT", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("info:", StringComparison.Ordinal) || l.StartsWith("dbug:", StringComparison.Ordinal));
    }

    public sealed class ApiKeyCreation : IAsyncLifetime
    {
        private readonly DirectoryInfo _elsewhere = Directory.CreateTempSubdirectory("supervision-cli-");

        public TestDatabase Database { get; private set; } = default!;
        public DateTimeOffset Started { get; private set; }
        public DateTimeOffset Finished { get; private set; }
        public string Output { get; private set; } = "";
        public string Errors { get; private set; } = "";

        public async Task InitializeAsync()
        {
            Database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
            var environment = Database.ConfigurationValues.ToDictionary(v => v.Key.Replace(":", "__", StringComparison.Ordinal), v => (string?)v.Value);
            environment["Simulator__Enabled"] = null;
            environment["Demo__Enabled"] = "true";
            environment["Logging__LogLevel__Default"] = null;

            // Bounds from the real clock: the audit entries must lie between them, not in the simulator's 2020.
            Started = TimeProvider.System.GetUtcNow();
            using var process = WebProcess.StartIn(_elsewhere.FullName, environment, "apikey", "create", "--name", "叫号机");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Finished = TimeProvider.System.GetUtcNow();
            Output = await output;
            Errors = await errors;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"apikey create 失败：{Output}{Errors}");
            }
        }

        public async Task DisposeAsync()
        {
            await Database.DisposeAsync();
            _elsewhere.Delete(recursive: true);
        }
    }
}
