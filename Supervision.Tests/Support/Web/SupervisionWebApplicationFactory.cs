using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.SeedData;
using Supervision.Web.Data;

namespace Supervision.Tests.Support.Web;

/// <summary>
/// The whole web app in memory, on a private temp SQLite database seeded from the small fixture
/// seed data — never the developer's data/ folder. Use as a class fixture
/// (<c>IClassFixture&lt;SupervisionWebApplicationFactory&gt;</c>) or create and dispose one per test;
/// the database is migrated and seeded when the host starts (first <c>CreateClient()</c> or <c>Services</c>).
/// Override <see cref="Settings"/> in a subclass to add configuration.
/// </summary>
public class SupervisionWebApplicationFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly DatabaseProvider _provider;
    private TestDatabase? _database;

    public SupervisionWebApplicationFactory() : this(DatabaseProvider.Sqlite)
    {
    }

    protected SupervisionWebApplicationFactory(DatabaseProvider provider) => _provider = provider;

    public TestSeedData SeedData { get; } = new();

    public TestDatabase Database => _database ?? throw new InvalidOperationException("请先调用 InitializeAsync（作为 xunit fixture 时会自动调用）。");

    public async Task InitializeAsync()
    {
        // A skipped PostgreSQL class still gets its fixture built; without a server there is nothing to create.
        if (_provider == DatabaseProvider.Postgres && PostgresAvailability.SkipReason is not null)
        {
            return;
        }
        _database = await TestDatabase.CreateAsync(_provider, migrate: false);
    }

    /// <summary>Configuration the app sees on top of appsettings.json. The simulator is off: tests post their own events.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings() =>
        Database.ConfigurationValues
            .Append(new("SeedData:Path", SeedData.Directory))
            .Append(new("Simulator:Enabled", "false"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
            _database = null;
        }
        SeedData.Dispose();
        GC.SuppressFinalize(this);
    }
}
