using System.CommandLine;

namespace Supervision.Web.Cli;

/// <summary>
/// A command-line verb of the web app (<c>dotnet Supervision.Web.dll VERB …</c>). Its syntax is static
/// (<see cref="Define"/>), so help and argument errors are answered without a database; its work runs
/// inside the fully built host, after migrations, seeding and settings but before any account is created,
/// logs warnings and errors only (<see cref="CommandLineRun"/>), and ends the process.
/// </summary>
public interface ICliCommand
{
    /// <summary>The verb with its Chinese description, options, arguments and sub-verbs.</summary>
    static abstract Command Define();

    /// <summary>Runs the verb (or the sub-verb named by <see cref="ParseResult.CommandResult"/>) on arguments that parsed without error.</summary>
    /// <returns>The process exit code (<see cref="CliExitCodes"/>).</returns>
    Task<int> RunAsync(ParseResult parsed, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}

public static class CliCommandServiceCollectionExtensions
{
    public static IServiceCollection AddCliCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, ICliCommand =>
        services.AddScoped<TCommand>();
}
