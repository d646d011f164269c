using System.CommandLine;
using Supervision.Web.Cli;
using Supervision.Web.Common;
using Supervision.Web.Export.Bulletins;
using Supervision.Web.Security.ApiKeys;
using Supervision.Web.Ingestion.Import;
using Supervision.Web.Ingestion.Projections;
using Supervision.Web.Simulation;
using Supervision.Web.Calendar;

namespace Supervision.Web.Hosting;

/// <summary>
/// The app's command line (docs/cli.md): without a verb the web host starts; with one, the verb runs in the
/// built host and the process ends with its exit code. Help and parse errors are System.CommandLine's, in
/// Chinese, and need no database.
/// </summary>
public sealed class SupervisionCommandLine
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private Func<CancellationToken, Task<IServiceProvider>> _start = _ => throw new InvalidOperationException("命令行尚未连接到应用。");
    private TextWriter _output = Console.Out;
    private TextWriter _error = Console.Error;

    public SupervisionCommandLine()
    {
        Root = new RootCommand("县政务服务中心“一窗受理”督导平台。不带命令时启动网站；带命令时执行该命令后退出。" +
                               "任何配置项都可写在命令行的任意位置，如 --Database:Provider=Postgres --ConnectionStrings:Supervision=…");
        Root.Subcommands.Add(Verb<ApiKeyCommand>());
        Root.Subcommands.Add(Verb<BulletinCommand>());
        Root.Subcommands.Add(Verb<CalendarCommand>());
        Root.Subcommands.Add(Verb<ImportCommand>());
        Root.Subcommands.Add(Verb<ProjectionsCommand>());
        Root.Subcommands.Add(Verb<SimulateCommand>());
        ChineseHelp.Install(Root, () => _output);
    }

    public RootCommand Root { get; }

    /// <summary>Splits <paramref name="args"/> into configuration settings and a verb (see <see cref="CommandLineArguments"/>).</summary>
    public CommandLineArguments Split(IReadOnlyList<string> args) => CommandLineArguments.Split(args, Root);

    /// <summary>
    /// Parses <paramref name="verb"/> and runs it. <paramref name="start"/> builds and initialises the app; it is
    /// called only when the arguments are right and ask for more than help.
    /// </summary>
    public async Task<int> InvokeAsync(
        IReadOnlyList<string> verb, Func<CancellationToken, Task<IServiceProvider>> start,
        TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        (_output, error) = (output ?? Console.Out, error ?? Console.Error);
        // System.CommandLine words its help and errors in the UI culture; its zh-Hans resources ship with it.
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        try
        {
            var parsed = Root.Parse(verb);
            // Help is answered even when the rest of the line is incomplete (apikey create --help without --name).
            if (parsed.Errors.Count > 0 && parsed.Action is not ChineseHelp)
            {
                foreach (var problem in parsed.Errors)
                {
                    await error.WriteLineAsync(problem.Message);
                }
                await error.WriteLineAsync($"用“{string.Join(' ', ChineseHelp.Path(parsed.CommandResult.Command).Append("--help"))}”查看用法。");
                return CliExitCodes.Usage;
            }
            (_start, _error) = (start, error);
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = _output, Error = error }, cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>The verb's definition with every leaf running <typeparamref name="TCommand"/> in the started app.</summary>
    private Command Verb<TCommand>() where TCommand : class, ICliCommand
    {
        var verb = TCommand.Define();
        var pending = new Stack<Command>([verb]);
        while (pending.TryPop(out var command))
        {
            if (command.Subcommands.Count == 0)
            {
                command.SetAction(async (parsed, ct) =>
                {
                    IServiceProvider services;
                    try
                    {
                        services = await _start(ct);
                    }
                    catch (InvalidConfigurationException e)
                    {
                        // The operator's mistake, said in Chinese with the key: no stack trace.
                        await _error.WriteLineAsync(e.Message);
                        return CliExitCodes.Configuration;
                    }
                    await using var scope = services.CreateAsyncScope();
                    return await scope.ServiceProvider.GetRequiredService<TCommand>().RunAsync(parsed, _output, _error, ct);
                });
            }
            foreach (var sub in command.Subcommands)
            {
                pending.Push(sub);
            }
        }
        return verb;
    }
}
