namespace Supervision.Web.Data.Seed;

/// <summary>Configuration section <c>SeedData</c>: <c>SeedData:Path</c>, the seed-data folder (relative to the content root); see <see cref="SeedDataLocator"/>.</summary>
public sealed class SeedDataOptions : IValidatableObject
{
    public const string Section = "SeedData";

    public string? Path { get; set; }

    /// <summary>The content root <see cref="Path"/> is relative to; filled in when the options are bound.</summary>
    public string ContentRoot { get; internal set; } = "";

    /// <summary>The configured folder as an absolute path; null when none is configured.</summary>
    public string? FullPath => string.IsNullOrWhiteSpace(Path) ? null : System.IO.Path.GetFullPath(System.IO.Path.Combine(ContentRoot, Path));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FullPath is { } path && !Directory.Exists(path))
        {
            yield return new ValidationResult($"种子数据目录 {path} 不存在", [nameof(Path)]);
        }
    }
}
