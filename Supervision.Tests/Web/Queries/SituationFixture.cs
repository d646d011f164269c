using Supervision.Tests.Web.Ingestion;

namespace Supervision.Tests.Web.Queries;

/// <summary><see cref="HallSituation"/> ingested once per test class, on one provider.</summary>
public abstract class SituationFixture(string provider) : IAsyncLifetime
{
    private TestDatabase? database;

    public QueryApp App { get; private set; } = null!;

    public string CountyKey { get; private set; } = "";

    public bool Available { get; private set; }

    public async Task InitializeAsync()
    {
        if (provider == "Postgres" && Supervision.Tests.Support.Databases.PostgresAvailability.SkipReason is not null)
        {
            return;
        }
        database = await TestDatabase.CreateAsync(provider);
        App = QueryApp.Start(database, HallSituation.Now);
        await App.IngestAsync(HallSituation.Events());
        CountyKey = await App.CreateKeyAsync();
        Available = true;
    }

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await App.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}

public sealed class SqliteSituationFixture() : SituationFixture("Sqlite");

public sealed class PostgresSituationFixture() : SituationFixture("Postgres");
