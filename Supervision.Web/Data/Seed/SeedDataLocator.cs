namespace Supervision.Web.Data.Seed;

/// <summary>
/// Finds the seed-data folder: <c>SeedData:Path</c> if configured (<see cref="SeedDataOptions"/>);
/// otherwise the nearest <c>seed-data</c> folder at or above the content root (the repository's
/// copy during development); otherwise the copy the build puts next to the app's binaries.
/// </summary>
public static class SeedDataLocator
{
    public const string FolderName = "seed-data";

    public static string Locate(SeedDataOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FullPath is { } path)
        {
            return Directory.Exists(path)
                ? path
                : throw new SeedDataException($"配置项 SeedData:Path 指向的种子数据目录不存在：{path}");
        }

        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, FolderName);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        var besideApp = Path.Combine(AppContext.BaseDirectory, FolderName);
        return Directory.Exists(besideApp)
            ? besideApp
            : throw new SeedDataException(
                $"找不到种子数据目录 {FolderName}：已从 {contentRoot} 向上查找，也不在程序目录 {AppContext.BaseDirectory}。请用配置项 SeedData:Path 指定。");
    }
}
