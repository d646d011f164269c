using Microsoft.Extensions.Configuration.Memory;

namespace Supervision.Web.Cli;

/// <summary>
/// Registered only when the process runs a command-line verb instead of the web host (see
/// <see cref="IsCommand"/>). Such a run is quiet (warnings and errors only), never signs anyone in and
/// creates no accounts; what it writes to the audit log is recorded as done by <see cref="ActorName"/>.
/// </summary>
public sealed class CommandLineRun
{
    /// <summary>The operating-system account that ran the command, e.g. <c>cli:root</c>.</summary>
    public static string ActorName { get; } = $"cli:{Environment.UserName}";

    /// <summary>Whether <paramref name="args"/> name a verb (<c>apikey create …</c>) rather than host options (<c>--urls …</c>).</summary>
    public static bool IsCommand(IReadOnlyList<string> args) => args.Count > 0 && !args[0].StartsWith('-');

    /// <summary>
    /// In a command run, logging defaults to warnings and errors: a command prints its result, not EF's
    /// SQL, even when the app runs from another directory and appsettings.json is not found.
    /// Logging settings given in the environment or on the command line still win.
    /// </summary>
    public static void Configure(WebApplicationBuilder builder, string[] args)
    {
        if (!IsCommand(args))
        {
            return;
        }

        var sources = builder.Configuration.Sources;
        var files = sources.Select((source, index) => (source, index)).LastOrDefault(s => s.source is FileConfigurationSource);
        var quiet = new MemoryConfigurationSource
        {
            InitialData = [new("Logging:LogLevel:Default", nameof(LogLevel.Warning))],
        };
        // After appsettings*.json (which asks for Information), before environment variables and arguments.
        sources.Insert(files.source is null ? 0 : files.index + 1, quiet);
        builder.Services.AddSingleton<CommandLineRun>();
    }
}
