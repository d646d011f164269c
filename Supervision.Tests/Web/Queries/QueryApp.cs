using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Queries;

/// <summary>
/// The query tests' settings of the one app factory: a database of the test's own, the app's clock fake at a given
/// instant, and the clock of polling intervals held still unless a test advances it.
/// </summary>
public static class QueryApp
{
    /// <summary>The app on <paramref name="database"/> with its clock at <paramref name="now"/>, started.</summary>
    public static SupervisionWebApplicationFactory Start(TestDatabase database, DateTimeOffset now) =>
        SupervisionWebApplicationFactory.Start(new SupervisionAppOptions
        {
            Database = database,
            CountySeedData = true,
            Now = now,
            Clocks = FakeClocks.App | FakeClocks.System,
        });
}
