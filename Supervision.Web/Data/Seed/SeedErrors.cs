namespace Supervision.Web.Data.Seed;

/// <summary>Collects the problems of one seed file so that all of them are reported together.</summary>
internal sealed class SeedErrors(string file)
{
    private readonly List<SeedDataError> _errors = [];

    public string File { get; } = file;

    public bool Any => _errors.Count > 0;

    public void Add(string? row, string? field, string problem) => _errors.Add(new(File, row, field, problem));

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new SeedDataException(_errors);
        }
    }
}
