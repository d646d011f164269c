using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;
using Supervision.Tests.Web.Ingestion;
using Supervision.Web.Data;
using Supervision.Web.Ingestion;

namespace Supervision.Tests.Web.Export;

/// <summary>
/// The web app on a private database (SQLite unless a provider is given) with the full county reference data (12 halls) and a
/// fake clock on the morning of 2020-07-01. <see cref="WithJuneAsync"/> ingests the deterministic
/// June 2020 of <see cref="MonthOfEvents"/> through <see cref="IEventIngestor"/>.
/// </summary>
public class ExportApp : SupervisionWebApplicationFactory
{
    public ExportApp()
    {
    }

    protected ExportApp(DatabaseProvider provider) : base(provider)
    {
    }

    public static readonly DateTimeOffset Now = MonthOfEvents.Cutoff;

    public FakeTimeProvider Clock { get; } = new(Now);

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        Database.ConfigurationValues
            .Append(new("SeedData:Path", Path.Combine(AppContext.BaseDirectory, "seed-data")))
            .Append(new("Simulator:Enabled", "false"))
            // One node: no polling for settings or calendars saved elsewhere. Polling on the fake clock would
            // fire every 15 simulated seconds of a months-long jump (numbering tests move to the next year).
            .Append(new("Settings:RefreshSeconds", "0"))
            .Append(new("Bootstrap:AdminPassword", "Test-password-2020"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestUserHandler>(TestUserHandler.SchemeName, null);
            services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme,
                options => options.ForwardAuthenticate = TestUserHandler.SchemeName);
        });
    }

    /// <summary>A client signed in as one of <see cref="TestUserHandler.Users"/>.</summary>
    public HttpClient CreateClient(string user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(TestUserHandler.Header, user);
        return client;
    }

    public async Task IngestJuneAsync()
    {
        await using var db = await Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        var events = await MonthOfEvents.GenerateAsync(db);
        var ingestor = Services.GetRequiredService<IEventIngestor>();
        foreach (var batch in events.Chunk(5000))
        {
            await ingestor.IngestAsync(batch, townScope: null, CancellationToken.None);
        }
    }
}

/// <summary>One app with June 2020 ingested, shared by a test class (ingesting takes a few seconds).</summary>
public class JuneExportApp(DatabaseProvider provider) : ExportApp(provider), IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await IngestJuneAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

/// <summary>June 2020 on SQLite, for a test class of its own.</summary>
public sealed class SqliteJuneExportApp() : JuneExportApp(DatabaseProvider.Sqlite);
