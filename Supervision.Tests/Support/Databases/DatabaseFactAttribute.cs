using Xunit.Sdk;

namespace Supervision.Tests.Support.Databases;

/// <summary>
/// A fact that runs against the database of its test class: skipped (outside CI) when the class uses
/// PostgreSQL — it has <c>IClassFixture&lt;PostgresDatabaseFixture&gt;</c> or implements
/// <see cref="IUsesPostgres"/> — and no PostgreSQL server is configured.
/// </summary>
[XunitTestCaseDiscoverer("Supervision.Tests.Support.Databases.DatabaseFactDiscoverer", "Supervision.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseFactAttribute : FactAttribute;

/// <summary>A fact that always needs PostgreSQL; skipped (outside CI) without <c>SUPERVISION_TEST_POSTGRES</c>.</summary>
[XunitTestCaseDiscoverer("Supervision.Tests.Support.Databases.DatabaseFactDiscoverer", "Supervision.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute;

/// <summary>
/// A theory that runs against the database of its test class or of its row, skipped like <see cref="DatabaseFactAttribute"/>:
/// each data row is one test case, and a row with a <see cref="DatabaseProvider.Postgres"/> argument (as in
/// <see cref="TestDatabase.Providers"/>) needs PostgreSQL, so the PostgreSQL rows are counted (run, skipped outside CI,
/// or failed in CI without a server) rather than left out.
/// </summary>
[XunitTestCaseDiscoverer("Supervision.Tests.Support.Databases.DatabaseTheoryDiscoverer", "Supervision.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseTheoryAttribute : TheoryAttribute;

public sealed class DatabaseTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow)
    {
        yield return new DatabaseTestCase(
            DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, dataRow);
    }
}

/// <summary>Marks a test class whose <see cref="DatabaseFactAttribute"/> tests use PostgreSQL without the class fixture.</summary>
public interface IUsesPostgres;

public sealed class DatabaseFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        yield return new DatabaseTestCase(
            diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}

/// <summary>Decides the skip when the test runs, so it follows the environment of the test run.</summary>
public sealed class DatabaseTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public DatabaseTestCase()
    {
    }

    public DatabaseTestCase(
        IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, object[]? testMethodArguments = null)
        : base(sink, display, options, testMethod, testMethodArguments)
    {
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute) =>
        base.GetSkipReason(factAttribute) ?? (NeedsPostgres(factAttribute) ? PostgresAvailability.SkipReason : null);

    /// <summary>Whether this case runs on PostgreSQL: a <see cref="PostgresFactAttribute"/>, a PostgreSQL class, or a PostgreSQL row.</summary>
    internal bool NeedsPostgres(IAttributeInfo factAttribute)
    {
        if (factAttribute is IReflectionAttributeInfo { Attribute: PostgresFactAttribute }
            || TestMethodArguments?.Contains(DatabaseProvider.Postgres) == true)
        {
            return true;
        }
        var testClass = TestMethod.TestClass.Class.ToRuntimeType();
        return testClass is not null
            && (typeof(IClassFixture<PostgresDatabaseFixture>).IsAssignableFrom(testClass) || typeof(IUsesPostgres).IsAssignableFrom(testClass));
    }
}
