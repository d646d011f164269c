using Supervision.Tests.Support.Web;
using Supervision.Tests.Web.Ingestion;

namespace Supervision.Tests.Web.Export;

/// <summary>
/// The export tests' settings of the one app factory: the full county reference data (12 halls), users signed in by
/// header (<see cref="TestUserHandler"/>) and a fake app clock on the morning of 2020-07-01.
/// <see cref="IngestJuneAsync"/> ingests the deterministic June 2020 of <see cref="MonthOfEvents"/> through <see cref="IEventIngestor"/>.
/// </summary>
public static class ExportApp
{
    public static readonly DateTimeOffset Now = MonthOfEvents.Cutoff;

    public static SupervisionAppOptions Options(DatabaseProvider provider = DatabaseProvider.Sqlite) => new()
    {
        Provider = provider,
        CountySeedData = true,
        TestUsers = true,
        Now = Now,
        Clocks = FakeClocks.App,
        Settings = new Dictionary<string, string>
        {
            // One node: no polling for settings or calendars saved elsewhere. Polling on the fake clock would
            // fire every 15 simulated seconds of a months-long jump (numbering tests move to the next year).
            ["Settings:RefreshSeconds"] = "0",
            ["Bootstrap:AdminPassword"] = SupervisionWebApplicationFactory.Password,
        },
    };

    /// <summary>A fresh app for one test; dispose it (<c>await using</c>) and call InitializeAsync before use.</summary>
    public static SupervisionWebApplicationFactory Create() => SupervisionWebApplicationFactory.Create(Options());

    public static async Task IngestJuneAsync(this SupervisionWebApplicationFactory app) =>
        await app.IngestAsync(await app.QueryAsync(db => MonthOfEvents.GenerateAsync(db)));
}

/// <summary>The export app as a class fixture.</summary>
public class ExportAppFixture : SupervisionWebApplicationFactory
{
    public ExportAppFixture() : this(DatabaseProvider.Sqlite)
    {
    }

    protected ExportAppFixture(DatabaseProvider provider) : base(ExportApp.Options(provider))
    {
    }
}

/// <summary>One export app with June 2020 ingested, shared by a test class (ingesting takes a few seconds).</summary>
public class JuneExportApp(DatabaseProvider provider) : ExportAppFixture(provider), IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await this.IngestJuneAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

/// <summary>June 2020 on SQLite, for a test class of its own.</summary>
public sealed class SqliteJuneExportApp() : JuneExportApp(DatabaseProvider.Sqlite);
