namespace Supervision.Tests.Support;

/// <summary>Files of the repository the tests were built from (docs, launch settings), found above the test binaries.</summary>
public static class Repository
{
    /// <summary>The folder holding Supervision.sln.</summary>
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Supervision.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("找不到仓库根目录（Supervision.sln）。");
    }
}
