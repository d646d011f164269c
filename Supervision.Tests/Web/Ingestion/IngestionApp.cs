using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Ingestion;

/// <summary>The ingestion tests' settings of the one app factory: a database of the test's own, the app and security clocks fake.</summary>
public static class IngestionApp
{
    /// <summary>Late on the last day of the generated month, so no generated event lies in the future.</summary>
    public static readonly DateTimeOffset Now = MonthOfEvents.Cutoff;

    public static SupervisionAppOptions Options(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null) => new()
    {
        Database = database,
        CountySeedData = true,
        Now = Now,
        Clocks = FakeClocks.App | FakeClocks.Security,
        Settings = settings ?? new Dictionary<string, string>(),
    };

    /// <summary>The app on <paramref name="database"/>, started: migrations and seed have run.</summary>
    public static SupervisionWebApplicationFactory Start(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null) =>
        SupervisionWebApplicationFactory.Start(Options(database, settings));
}
