using Xunit.Sdk;

namespace Supervision.Tests.Support.Databases;

/// <summary>
/// The PostgreSQL rows of a <see cref="DatabaseTheoryAttribute"/> theory are discovered whatever the environment, and
/// each decides at run time whether it runs, is skipped (no server, outside CI) or runs and fails (no server, in CI).
/// </summary>
public sealed class DatabaseTheoryTests
{
    [Fact]
    public void A_provider_theory_has_a_postgres_case_even_without_a_server()
    {
        var cases = Discover(nameof(Sample.OnEachProvider));

        Assert.Equal([DatabaseProvider.Sqlite, DatabaseProvider.Postgres], cases.Select(c => (DatabaseProvider)c.TestMethodArguments.Single()));
        Assert.All(cases, c => Assert.IsType<DatabaseTestCase>(c));
    }

    [Fact]
    public void Only_the_postgres_row_of_a_provider_theory_needs_postgres()
    {
        var cases = Discover(nameof(Sample.OnEachProvider)).Cast<DatabaseTestCase>().ToList();
        var attribute = TheoryAttributeOf(nameof(Sample.OnEachProvider));

        Assert.Equal([false, true], cases.Select(c => c.NeedsPostgres(attribute)));
    }

    [Fact]
    public void The_postgres_case_carries_the_skip_decision_of_the_environment()
    {
        var postgres = Discover(nameof(Sample.OnEachProvider)).Single(c => c.TestMethodArguments.Contains(DatabaseProvider.Postgres));
        var sqlite = Discover(nameof(Sample.OnEachProvider)).Single(c => c.TestMethodArguments.Contains(DatabaseProvider.Sqlite));

        Assert.Equal(PostgresAvailability.SkipReason, postgres.SkipReason);
        Assert.Null(sqlite.SkipReason);
    }

    [Fact]
    public void Without_a_server_postgres_cases_skip_locally_and_run_to_fail_in_ci()
    {
        Assert.Contains(PostgresAvailability.Variable, PostgresAvailability.SkipReasonFor(connectionString: null, ci: false));
        Assert.Null(PostgresAvailability.SkipReasonFor(connectionString: null, ci: true));
        Assert.Null(PostgresAvailability.SkipReasonFor("Host=127.0.0.1", ci: false));
    }

    private static List<IXunitTestCase> Discover(string method)
    {
        var type = Reflector.Wrap(typeof(Sample));
        var testClass = new TestClass(new TestCollection(new TestAssembly(Reflector.Wrap(typeof(Sample).Assembly)), null, "sample"), type);
        var testMethod = new TestMethod(testClass, Reflector.Wrap(typeof(Sample).GetMethod(method)!));
        return new DatabaseTheoryDiscoverer(new NullMessageSink())
            .Discover(new DiscoveryOptions(), testMethod, TheoryAttributeOf(method))
            .ToList();
    }

    private static IAttributeInfo TheoryAttributeOf(string method) =>
        Reflector.Wrap(typeof(Sample).GetMethod(method)!).GetCustomAttributes(typeof(DatabaseTheoryAttribute)).Single();

    /// <summary>Abstract, so xunit does not run it as a test of its own.</summary>
    public abstract class Sample
    {
        [DatabaseTheory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
        public void OnEachProvider(DatabaseProvider provider) => Assert.True(Enum.IsDefined(provider));
    }

    private sealed class DiscoveryOptions : ITestFrameworkDiscoveryOptions
    {
        public TValue GetValue<TValue>(string name) => default!;

        public void SetValue<TValue>(string name, TValue value)
        {
        }
    }
}
