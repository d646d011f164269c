using Supervision.Tests.Web.Ingestion;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Queries;

/// <summary><see cref="HallSituation"/> ingested once per test class, on one provider.</summary>
public abstract class SituationFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    public SupervisionWebApplicationFactory App { get; private set; } = null!;

    public string CountyKey { get; private set; } = "";

    public bool Available { get; private set; }

    public async Task InitializeAsync()
    {
        if (provider == DatabaseProvider.Postgres && PostgresAvailability.SkipReason is not null)
        {
            return;
        }
        _database = await TestDatabase.CreateAsync(provider, migrate: false);
        App = QueryApp.Start(_database, HallSituation.Now);
        await App.IngestAsync(HallSituation.Events());
        CountyKey = await App.CreateReadKeyAsync();
        Available = true;
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await App.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}

public sealed class SqliteSituationFixture() : SituationFixture(DatabaseProvider.Sqlite);

public sealed class PostgresSituationFixture() : SituationFixture(DatabaseProvider.Postgres);
