using Supervision.Tests.Domain.Import;
using Supervision.Web.Ingestion.Import;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Ingestion.Import;

/// <summary>The shipped example files, scratch files derived from them, and an app ready to import.</summary>
internal sealed class ImportFiles : IDisposable
{
    public static readonly string ExampleCsv = Path.Combine(AppContext.BaseDirectory, "seed-data", "import-example.csv");
    public static readonly string ExampleXlsx = Path.Combine(AppContext.BaseDirectory, "seed-data", "import-example.xlsx");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("supervision-import-");

    public static IReadOnlyList<string> ExampleLines => File.ReadAllLines(ExampleCsv);

    /// <summary>The app with its clock at <see cref="ImportSheet.Now"/>, after the whole example period.</summary>
    public static SupervisionWebApplicationFactory StartApp(TestDatabase database)
    {
        var app = IngestionApp.Start(database);
        app.Clock.SetUtcNow(ImportSheet.Now);
        return app;
    }

    public static CaseImporter Importer(SupervisionWebApplicationFactory app) => app.Services.GetRequiredService<CaseImporter>();

    public string Write(string name, IEnumerable<string> lines) => Write(name, System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
