using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Ingestion;

/// <summary>A fresh SQLite database and app for every test (xUnit makes one instance per test).</summary>
public abstract class IngestionAppTest(IReadOnlyDictionary<string, string>? settings = null) : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;
    protected SupervisionWebApplicationFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        App = IngestionApp.Start(Database, settings);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
