namespace Supervision.Tests.Web.Cli;

/// <summary>A verb run through the app's command line against an app already started in the test.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(IServiceProvider services, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await new SupervisionCommandLine().InvokeAsync(args, _ => Task.FromResult(services), output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
