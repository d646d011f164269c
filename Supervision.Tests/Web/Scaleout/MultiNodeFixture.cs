using Supervision.Tests.Support.Services;

namespace Supervision.Tests.Web.Scaleout;

/// <summary>The multi-node tests stop and start servers: they run alone, after or before everything else.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MultiNodeCollection : ICollectionFixture<MultiNodeFixture>
{
    public const string Name = "Multi-node";
}

/// <summary>
/// Two web processes on different loopback ports sharing one PostgreSQL database and one Redis, both of
/// this fixture's own (so stopping them disturbs no other test), and a county-wide ingest+read key.
/// </summary>
public sealed class MultiNodeFixture : IAsyncLifetime
{
    public PostgresCluster Postgres { get; private set; } = null!;

    public RedisProcess Redis { get; } = new();

    public WebNode A { get; private set; } = null!;

    public WebNode B { get; private set; } = null!;

    /// <summary>A county-wide key that may both post events and subscribe to the hub.</summary>
    public string Key { get; private set; } = "";

    public string DatabaseConnection => new NpgsqlConnectionStringBuilder(Postgres.ConnectionString("supervision")) { Pooling = false }.ToString();

    public async Task InitializeAsync()
    {
        if (ServiceAvailability.ScaleoutSkipReason is not null)
        {
            return;
        }
        Postgres = await PostgresCluster.CreateAsync();
        await using (var connection = new NpgsqlConnection(Postgres.ConnectionString()))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE supervision", connection);
            await create.ExecuteNonQueryAsync();
        }
        await Redis.StartAsync();

        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Supervision"] = $"Host=127.0.0.1;Port={Postgres.Port};Username=postgres;Database=supervision;Timeout=5",
            ["Redis__Connection"] = Redis.Connection,
        };
        // One after the other: the first node migrates and seeds the shared database.
        A = await WebNode.StartAsync(environment);
        var output = await WebNode.RunCliAsync(environment, "apikey", "create", "--name", "多节点测试", "--scope", "ingest,read");
        Key = output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("sv_", StringComparison.Ordinal));
        B = await WebNode.StartAsync(environment);
    }

    public async Task DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }
        if (B is not null)
        {
            await B.DisposeAsync();
        }
        await Redis.StopAsync();
        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }
    }
}
