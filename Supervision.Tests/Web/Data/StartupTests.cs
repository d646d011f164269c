using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;
using Supervision.Web.Data.Seed;

namespace Supervision.Tests.Web.Data;

public sealed class StartupTests
{
    [Fact]
    public async Task Bad_seed_data_stops_start_up_with_the_located_error()
    {
        await using var factory = new SupervisionWebApplicationFactory();
        await ((IAsyncLifetime)factory).InitializeAsync();
        factory.SeedData.Replace(SeedFiles.Items, "\"department\": \"MZ\"", "\"department\": \"XX\"");

        var error = Assert.Throws<SeedDataException>(() => factory.Services);

        Assert.StartsWith("seed-data/items.json 第3条，字段 department", error.Message);
    }
}

/// <summary>Start-up migrates and seeds PostgreSQL as it does SQLite.</summary>
public sealed class PostgresStartupTests : IUsesPostgres
{
    private sealed class PostgresWebApplicationFactory() : SupervisionWebApplicationFactory(DatabaseProvider.Postgres);

    [DatabaseFact]
    public async Task Start_up_migrates_and_seeds_a_postgres_database()
    {
        await using var factory = new PostgresWebApplicationFactory();
        await ((IAsyncLifetime)factory).InitializeAsync();
        using var client = factory.CreateClient();

        using var health = await client.GetAsync("/healthz");
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();

        Assert.True(health.IsSuccessStatusCode);
        Assert.Equal(4, await db.ServiceItems.CountAsync());
    }
}
