namespace Supervision.Tests.Support.SeedData;

/// <summary>
/// A private, editable copy of the small fixture seed-data folder (Support/SeedData/seed-data),
/// deleted on dispose. The folder is named <c>seed-data</c> so error messages read as in production.
/// </summary>
public sealed class TestSeedData : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Support", "SeedData", "seed-data");
    private readonly string _root;

    public TestSeedData()
    {
        _root = Path.Combine(Path.GetTempPath(), "supervision-tests", $"seed-{Guid.NewGuid():N}");
        Directory = Path.Combine(_root, "seed-data");
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var file in System.IO.Directory.GetFiles(Fixture))
        {
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
        }
    }

    public string Directory { get; }

    public string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

    public void Write(string fileName, string text) => File.WriteAllText(Path.Combine(Directory, fileName), text);

    /// <summary>Replaces exactly one occurrence, so a test cannot silently edit nothing.</summary>
    public void Replace(string fileName, string oldText, string newText)
    {
        var text = Read(fileName);
        var first = text.IndexOf(oldText, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(oldText, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"{fileName} 中“{oldText}”应恰好出现一次。");
        }
        Write(fileName, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Append(string fileName, string text) => File.AppendAllText(Path.Combine(Directory, fileName), text);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_root))
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
    }
}
