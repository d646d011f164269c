using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Support.Web;

/// <summary>Which of the app's clocks a <see cref="SupervisionWebApplicationFactory"/> replaces by fakes.</summary>
[Flags]
public enum FakeClocks
{
    /// <summary>Every clock is real.</summary>
    None = 0,

    /// <summary>The app's <see cref="TimeProvider"/> (the simulator's clock in production) is <see cref="SupervisionWebApplicationFactory.Clock"/>.</summary>
    App = 1,

    /// <summary>The security clock (cookies, lockout, audit, key use) is <see cref="SupervisionWebApplicationFactory.Clock"/>.</summary>
    Security = 2,

    /// <summary>The clock of polling intervals is <see cref="SupervisionWebApplicationFactory.SystemClock"/>, held still unless a test advances it.</summary>
    System = 4,
}

/// <summary>
/// What a <see cref="SupervisionWebApplicationFactory"/> runs: the whole app always, configured by these options.
/// The defaults are a private SQLite database, the small fixture seed data, the simulator off and real clocks.
/// </summary>
public sealed record SupervisionAppOptions
{
    /// <summary>The provider of the private database the factory creates (when <see cref="Database"/> is not given).</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>A database the test owns (several apps on one database, or one prepared before the start); the factory does not delete it.</summary>
    public TestDatabase? Database { get; init; }

    /// <summary>The hall simulator; off by default, so tests post their own events.</summary>
    public bool Simulator { get; init; }

    /// <summary>
    /// Known accounts for every role (<see cref="SupervisionWebApplicationFactory.Accounts"/>) and API keys
    /// (<see cref="TestApiKeys"/>), created on first use; a second town 历山街道 (370323002) in the seed data; sign-in
    /// and ingest limits out of the way; data-protection keys in memory.
    /// </summary>
    public bool Accounts { get; init; }

    /// <summary>Users signed in by a request header (<see cref="TestUserHandler"/>), for clocks where a sign-in cookie would have expired.</summary>
    public bool TestUsers { get; init; }

    /// <summary>The county's full reference data (12 halls, as shipped) instead of the small fixture seed data.</summary>
    public bool CountySeedData { get; init; }

    /// <summary>Where <see cref="SupervisionWebApplicationFactory.Clock"/> and <see cref="SupervisionWebApplicationFactory.SystemClock"/> start; the real time when not given.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Which clocks are fakes.</summary>
    public FakeClocks Clocks { get; init; }

    /// <summary>Configuration on top of appsettings.json and the options above.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
