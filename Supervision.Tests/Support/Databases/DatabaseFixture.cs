namespace Supervision.Tests.Support.Databases;

/// <summary>
/// One migrated database per test class (xunit class fixture). To run the same tests on both
/// providers, write them in an abstract class taking a <see cref="DatabaseFixture"/> and mark them
/// <see cref="DatabaseFactAttribute"/>; then derive one class per provider:
/// <code>
/// public abstract class CaseStoreTests(DatabaseFixture fixture) { [DatabaseFact] public async Task … }
/// public sealed class SqliteCaseStoreTests(SqliteDatabaseFixture f) : CaseStoreTests(f), IClassFixture&lt;SqliteDatabaseFixture&gt;;
/// public sealed class PostgresCaseStoreTests(PostgresDatabaseFixture f) : CaseStoreTests(f), IClassFixture&lt;PostgresDatabaseFixture&gt;;
/// </code>
/// Tests in a class share the database, so give rows unique keys (or use <see cref="TestDatabase.CreateAsync"/>
/// for a database of the test's own).
/// </summary>
public abstract class DatabaseFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    public DatabaseProvider Provider { get; } = provider;

    public TestDatabase Database => _database ?? throw new InvalidOperationException(
        Provider == DatabaseProvider.Postgres ? PostgresAvailability.MissingMessage : "测试数据库尚未创建。");

    public IDbContextFactory<SupervisionDbContext> ContextFactory => Database.ContextFactory;

    public SupervisionDbContext CreateContext() => Database.CreateContext();

    public async Task InitializeAsync()
    {
        // Skipped PostgreSQL classes still get their fixture built; without a server there is nothing to create.
        if (Provider == DatabaseProvider.Postgres && PostgresAvailability.SkipReason is not null)
        {
            return;
        }
        _database = await TestDatabase.CreateAsync(Provider);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

public sealed class SqliteDatabaseFixture() : DatabaseFixture(DatabaseProvider.Sqlite);

public sealed class PostgresDatabaseFixture() : DatabaseFixture(DatabaseProvider.Postgres);
