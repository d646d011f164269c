using Npgsql;

namespace Supervision.Benchmarks;

internal sealed class TempDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private TempDatabase(string provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    public string Provider { get; }
    public string ConnectionString { get; }

    public static TempDatabase Sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("supervision-bench-").FullName;
        return new("Sqlite", $"Data Source={Path.Combine(folder, "bench.db")}", () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        });
    }

    /// <summary>A SQLite file that already holds data (e.g. a year written by <c>simulate</c>); kept afterwards.</summary>
    public static TempDatabase ExistingSqlite(string path) =>
        new("Sqlite", $"Data Source={path}", () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return Task.CompletedTask;
        });

    public static async Task<TempDatabase> PostgresAsync(string admin)
    {
        var name = $"sv_bench_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new("Postgres", connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    /// <summary>A named PostgreSQL database, created when missing and kept afterwards (re-runs skip the data set-up).</summary>
    public static async Task<TempDatabase> ExistingPostgresAsync(string admin, string name)
    {
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
            }
        }
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new("Postgres", connectionString, () =>
        {
            NpgsqlConnection.ClearAllPools();
            return Task.CompletedTask;
        });
    }

    public async ValueTask DisposeAsync() => await _drop();

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
