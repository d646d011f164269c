using Supervision.Web.Ingestion.Import;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Ingestion.Import;

/// <summary>
/// The example file imported once per provider and shared by read-only tests: starting an app and
/// importing takes seconds, the assertions on the result take none.
/// </summary>
public sealed class ImportedExample : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<DatabaseProvider, (TestDatabase Database, SupervisionWebApplicationFactory App, CaseImportResult Result)> _imports = [];

    public async Task<(SupervisionWebApplicationFactory App, CaseImportResult Result)> GetAsync(DatabaseProvider provider)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_imports.TryGetValue(provider, out var import))
            {
                var database = await TestDatabase.CreateAsync(provider, migrate: false);
                var app = ImportFiles.StartApp(database);
                var result = await ImportFiles.Importer(app).ImportAsync(ImportFiles.ExampleXlsx, dryRun: false, progress: null, CancellationToken.None);
                _imports[provider] = import = (database, app, result);
            }
            return (import.App, import.Result);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (database, app, _) in _imports.Values)
        {
            app.Dispose();
            await database.DisposeAsync();
        }
    }
}
