namespace Supervision.Web.Data.Seed;

/// <summary>One problem in a seed file, located by file, row and field.</summary>
/// <param name="File">Display name, e.g. <c>seed-data/items.json</c>.</param>
/// <param name="Row">Human-readable position, e.g. <c>第12条</c> or <c>第3行数据（文件第4行）</c>; null for the whole file.</param>
/// <param name="Field">The JSON property or CSV column; null when the problem is not about one field.</param>
public sealed record SeedDataError(string File, string? Row, string? Field, string Problem)
{
    public override string ToString()
    {
        var where = (Row, Field) switch
        {
            (null, null) => File,
            (null, _) => $"{File}，字段 {Field}",
            (_, null) => $"{File} {Row}",
            _ => $"{File} {Row}，字段 {Field}",
        };
        return $"{where}：{Problem}";
    }
}

/// <summary>
/// The seed data cannot be loaded. Thrown at start-up so the app refuses to run on bad reference
/// data; the message lists every problem found in the offending file, in Chinese.
/// </summary>
public sealed class SeedDataException : Exception
{
    private const int MaxListed = 20;

    public SeedDataException(IReadOnlyList<SeedDataError> errors)
        : base(Describe(errors)) => Errors = errors;

    public SeedDataException(string message) : base(message) => Errors = [];

    public IReadOnlyList<SeedDataError> Errors { get; }

    private static string Describe(IReadOnlyList<SeedDataError> errors)
    {
        var lines = errors.Take(MaxListed).Select(e => e.ToString()).ToList();
        if (errors.Count > MaxListed)
        {
            lines.Add($"……另有 {errors.Count - MaxListed} 处错误");
        }
        return errors.Count == 1 ? lines[0] : $"种子数据有 {errors.Count} 处错误：\n" + string.Join('\n', lines);
    }
}
