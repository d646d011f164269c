namespace Supervision.Web.Cli;

/// <summary>
/// A command-line verb of the web app (<c>dotnet run --project Supervision.Web -- VERB …</c>).
/// It runs inside the fully built host, after migrations, seeding and settings but before any account is
/// created, logs warnings and errors only (<see cref="CommandLineRun"/>), and ends the process.
/// </summary>
public interface ICliCommand
{
    /// <summary>The first argument that selects this command, e.g. <c>apikey</c>.</summary>
    string Name { get; }

    /// <summary>One line for the usage text, in Chinese.</summary>
    string Summary { get; }

    /// <returns>The process exit code.</returns>
    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
