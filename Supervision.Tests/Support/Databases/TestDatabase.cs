namespace Supervision.Tests.Support.Databases;

/// <summary>
/// A fresh, private database for tests — the one database helper of the suite: a temp SQLite file, or a
/// uniquely named PostgreSQL database on the server in <c>SUPERVISION_TEST_POSTGRES</c>. Disposing deletes it.
/// Theories over <see cref="Providers"/> marked <see cref="DatabaseTheoryAttribute"/> run once per provider; the
/// PostgreSQL row is always there, skipped (outside CI) or failing (in CI) without a server.
/// </summary>
/// <example>
/// <code>
/// await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
/// await using var db = database.CreateContext();
/// </code>
/// </example>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private TestDatabase(DatabaseSettings settings, Func<Task> drop)
    {
        Settings = settings;
        _drop = drop;
        ContextFactory = new Factory(settings);
    }

    public DatabaseSettings Settings { get; }

    public DatabaseProvider Provider => Settings.Provider;

    public string ConnectionString => Settings.ConnectionString;

    public IDbContextFactory<SupervisionDbContext> ContextFactory { get; }

    /// <summary>
    /// Both providers, whatever the environment: <see cref="DatabaseTheoryAttribute"/> decides per row whether the
    /// PostgreSQL case runs, is skipped or fails, so it is never silently left out.
    /// </summary>
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    /// <summary>Configuration keys that point the web app at this database (for WebApplicationFactory).</summary>
    public IReadOnlyDictionary<string, string> ConfigurationValues => new Dictionary<string, string>
    {
        ["Database:Provider"] = Provider.ToString(),
        [$"ConnectionStrings:{DatabaseSettings.ConnectionStringName}"] = Settings.ConnectionString,
    };

    public SupervisionDbContext CreateContext() => DatabaseContexts.Create(Settings);

    /// <param name="migrate">Apply all migrations (the default), so the schema is the app's; without, the database
    /// is empty and the app migrates it when it starts.</param>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true, CancellationToken cancellationToken = default)
    {
        var database = provider switch
        {
            DatabaseProvider.Postgres => await CreatePostgresAsync(cancellationToken),
            _ => CreateSqlite(),
        };
        if (migrate)
        {
            await using var db = database.CreateContext();
            await db.Database.MigrateAsync(cancellationToken);
        }
        return database;
    }

    public async ValueTask DisposeAsync() => await _drop();

    private static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "supervision-tests");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();
        return new TestDatabase(new DatabaseSettings(DatabaseProvider.Sqlite, connectionString), () =>
        {
            using (var connection = new SqliteConnection(connectionString))
            {
                SqliteConnection.ClearPool(connection);
            }
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
            return Task.CompletedTask;
        });
    }

    private static async Task<TestDatabase> CreatePostgresAsync(CancellationToken cancellationToken)
    {
        var server = PostgresAvailability.ConnectionStringOrThrow();
        var name = $"supervision_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"", cancellationToken);
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new TestDatabase(new DatabaseSettings(DatabaseProvider.Postgres, connectionString), async () =>
        {
            using (var connection = new NpgsqlConnection(connectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
        });
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class Factory(DatabaseSettings settings) : IDbContextFactory<SupervisionDbContext>
    {
        public SupervisionDbContext CreateDbContext() => DatabaseContexts.Create(settings);
    }
}
