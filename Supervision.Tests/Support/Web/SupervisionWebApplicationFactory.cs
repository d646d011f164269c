using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.SeedData;

namespace Supervision.Tests.Support.Web;

/// <summary>
/// The whole web app for a test — the one host of the suite, configured by <see cref="SupervisionAppOptions"/>. By
/// default it runs in memory on a private temp SQLite database seeded from the small fixture seed data — never the
/// developer's data/ folder. Use as a class fixture (<c>IClassFixture&lt;SupervisionWebApplicationFactory&gt;</c>,
/// or a subclass that only picks options, such as <see cref="WithAccounts"/>), create and dispose one per test, or
/// <see cref="Start"/> one on a database of the test's own. The database is migrated and seeded when the host
/// starts (first <c>CreateClient()</c>, <c>Server</c> or <c>Services</c>).
/// </summary>
public partial class SupervisionWebApplicationFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private static readonly string CountySeedData = Path.Combine(AppContext.BaseDirectory, "seed-data");

    private readonly TestDatabase? _ownDatabase;
    private TestDatabase? _database;

    public SupervisionWebApplicationFactory() : this(new SupervisionAppOptions())
    {
    }

    protected SupervisionWebApplicationFactory(DatabaseProvider provider) : this(new SupervisionAppOptions { Provider = provider })
    {
    }

    /// <remarks>Protected: an xunit class fixture has exactly one public constructor. Use <see cref="Create"/>, <see cref="Start"/>, or a subclass.</remarks>
    protected SupervisionWebApplicationFactory(SupervisionAppOptions options)
    {
        Options = options;
        _ownDatabase = options.Database;
        _database = options.Database;
        Clock = new FakeTimeProvider(options.Now ?? DateTimeOffset.UtcNow);
        SystemClock = new FakeTimeProvider(options.Now ?? DateTimeOffset.UtcNow);
        AppClock = options.Clocks.HasFlag(FakeClocks.App) ? Clock : null;
        if (options.Accounts)
        {
            SeedData.Replace("towns.json", "  { \"code\": \"370323101\"",
                "  { \"code\": \"370323002\", \"name\": \"历山街道\", \"kind\": \"街道\", \"pilot\": true, \"pilotStart\": \"2020-05-07\", \"pilotEnd\": \"2020-12-31\" },\n  { \"code\": \"370323101\"");
        }
    }

    /// <summary>A factory on <paramref name="options"/>; its host starts on first use (call InitializeAsync first unless a database is given).</summary>
    public static SupervisionWebApplicationFactory Create(SupervisionAppOptions options) => new(options);

    /// <summary>A factory on <paramref name="options"/>' own <see cref="SupervisionAppOptions.Database"/>, its host already built (migrations and seed have run).</summary>
    public static SupervisionWebApplicationFactory Start(SupervisionAppOptions options)
    {
        if (options.Database is null)
        {
            throw new ArgumentException("Start 需要测试自己的数据库（SupervisionAppOptions.Database）；否则请作为 fixture 使用或调用 InitializeAsync。", nameof(options));
        }
        var app = new SupervisionWebApplicationFactory(options);
        app.StartHost();
        return app;
    }

    public SupervisionAppOptions Options { get; }

    public TestSeedData SeedData { get; } = new();

    public TestDatabase Database => _database ?? throw new InvalidOperationException("请先调用 InitializeAsync（作为 xunit fixture 时会自动调用）。");

    /// <summary>
    /// The test's clock, starting at <see cref="SupervisionAppOptions.Now"/> (or the real time). The app's clock and the security
    /// clock when <see cref="SupervisionAppOptions.Clocks"/> says so.
    /// </summary>
    /// <remarks>
    /// Started at the real time, it stays there until a test moves it, because the test client's cookie jar drops
    /// persistent cookies whose Expires (computed on the security clock) lies in its own, real, past.
    /// </remarks>
    public FakeTimeProvider Clock { get; }

    /// <summary>The clock of polling intervals when <see cref="FakeClocks.System"/> is faked: held still unless a test advances it.</summary>
    public FakeTimeProvider SystemClock { get; }

    /// <summary>The app's <see cref="TimeProvider"/> (the simulator's clock in production): <see cref="Clock"/> with <see cref="FakeClocks.App"/>, unless a test sets another; null keeps the real one.</summary>
    public TimeProvider? AppClock { get; init; }

    public async Task InitializeAsync()
    {
        if (_database is not null)
        {
            return;
        }
        // A skipped PostgreSQL class still gets its fixture built; without a server there is nothing to create.
        if (Options.Provider == DatabaseProvider.Postgres && PostgresAvailability.SkipReason is not null)
        {
            return;
        }
        _database = await TestDatabase.CreateAsync(Options.Provider, migrate: false);
    }

    /// <summary>Builds and starts the host now: migrations and seed run here.</summary>
    public void StartHost() => _ = Server;

    /// <summary>Configuration the app sees on top of appsettings.json, from <see cref="Options"/>.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings()
    {
        var settings = new List<KeyValuePair<string, string>>(Database.ConfigurationValues)
        {
            new("SeedData:Path", Options.CountySeedData ? CountySeedData : SeedData.Directory),
            new("Simulator:Enabled", Options.Simulator ? "true" : "false"),
        };
        if (Options.Accounts)
        {
            settings.AddRange(
            [
                new("Bootstrap:AdminPassword", Password),
                new("Security:SignInPermitsPerMinute", "1000"),
                new("Security:IngestPermitsPerMinute", "1000"),
            ]);
        }
        return settings.Concat(Options.Settings);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            if (AppClock is { } appClock)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(appClock);
            }
            if (Options.Clocks.HasFlag(FakeClocks.Security))
            {
                services.AddKeyedSingleton<TimeProvider>(SecurityClock.Key, Clock);
            }
            if (Options.Clocks.HasFlag(FakeClocks.System))
            {
                services.AddKeyedSingleton<TimeProvider>(Supervision.Web.Common.SystemClock.Key, SystemClock);
            }
            if (Options.Accounts)
            {
                // Keys in memory: a fake clock must not meet keys a real clock wrote to the user profile.
                services.AddDataProtection().UseEphemeralDataProtectionProvider();
            }
            if (Options.TestUsers)
            {
                services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestUserHandler>(TestUserHandler.SchemeName, null);
                services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme,
                    options => options.ForwardAuthenticate = TestUserHandler.SchemeName);
            }
        });
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null && _database != _ownDatabase)
        {
            await _database.DisposeAsync();
        }
        _database = null;
        SeedData.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The app with <see cref="SupervisionAppOptions.Accounts"/>, its clocks fake (security and app): a class fixture for sign-in tests.</summary>
    public class WithAccounts : SupervisionWebApplicationFactory
    {
        public WithAccounts() : this(DatabaseProvider.Sqlite)
        {
        }

        protected WithAccounts(DatabaseProvider provider) : this(new SupervisionAppOptions { Provider = provider })
        {
        }

        /// <summary>The app with accounts on top of <paramref name="options"/>.</summary>
        protected WithAccounts(SupervisionAppOptions options)
            : base(options with { Accounts = true, Clocks = options.Clocks | FakeClocks.App | FakeClocks.Security })
        {
        }
    }
}
