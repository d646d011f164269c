namespace Supervision.Web.Hosting;

/// <summary>
/// The content root (appsettings.json, the default SQLite file <c>data/supervision.db</c>) is the app's own
/// folder unless one is given (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>).
/// ASP.NET Core's default, the working directory, would make a published app started from elsewhere
/// (<c>dotnet /opt/supervision/Supervision.Web.dll</c> from a home directory) run without its settings.
/// </summary>
public static class AppContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsGiven(args) ? null : AppContext.BaseDirectory,
    };

    private static bool IsGiven(string[] args) =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"))
        || args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase));
}
