using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Export;

/// <summary>
/// June 2020 ingested, and the bulletin of ISO week 2020-W26 issued through the API and downloaded once, on one
/// provider: the export and bulletin cross-checks run on SQLite (<see cref="Collection"/>) and PostgreSQL
/// (<see cref="PostgresCollection"/>, the several-node database).
/// </summary>
public abstract class JuneBulletin(DatabaseProvider provider) : IAsyncLifetime
{
    /// <summary>The test classes that share one ingested June on SQLite (ingesting takes a while).</summary>
    public const string Collection = "June 2020 bulletin";

    /// <summary>The same on PostgreSQL.</summary>
    public const string PostgresCollection = "June 2020 bulletin on PostgreSQL";

    public const string Week = "2020-W26";

    public JuneExportApp App { get; } = new(provider);

    public JsonElement Issued { get; private set; }

    public byte[] File { get; private set; } = [];

    public XLWorkbook OpenWorkbook() => new(new MemoryStream(File));

    public async Task InitializeAsync()
    {
        // Skipped PostgreSQL classes still get their fixture built; without a server there is nothing to ingest into.
        if (provider == DatabaseProvider.Postgres && PostgresAvailability.SkipReason is not null)
        {
            return;
        }
        await ((IAsyncLifetime)App).InitializeAsync();
        using var client = App.CreateClient("inspector");
        using var issued = await client.PostAsync($"/api/v1/bulletins?week={Week}", null);
        if (issued.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"印发失败：{(int)issued.StatusCode} {await issued.Content.ReadAsStringAsync()}");
        }
        Issued = await issued.Content.ReadFromJsonAsync<JsonElement>();
        File = await client.GetByteArrayAsync(Issued.GetProperty("download").GetString());
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)App).DisposeAsync();
}

public sealed class SqliteJuneBulletin() : JuneBulletin(DatabaseProvider.Sqlite);

public sealed class PostgresJuneBulletin() : JuneBulletin(DatabaseProvider.Postgres);

[CollectionDefinition(JuneBulletin.Collection)]
public sealed class JuneBulletinCollection : ICollectionFixture<SqliteJuneBulletin>;

[CollectionDefinition(JuneBulletin.PostgresCollection)]
public sealed class PostgresJuneBulletinCollection : ICollectionFixture<PostgresJuneBulletin>;
