namespace Supervision.Web.Cli;

public static class CliServiceCollectionExtensions
{
    public static IServiceCollection AddCliCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, ICliCommand =>
        services.AddScoped<ICliCommand, TCommand>();

    /// <summary>
    /// Runs the command named by <paramref name="args"/>[0] if one is registered.
    /// Returns null when the arguments do not name a command, so the web host starts instead.
    /// </summary>
    public static async Task<int?> TryRunCliCommandAsync(this IServiceProvider services, string[] args)
    {
        if (!CommandLineRun.IsCommand(args))
        {
            return null;
        }

        await using var scope = services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetServices<ICliCommand>().ToList();
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            await Console.Error.WriteLineAsync($"未知命令：{args[0]}。可用命令：");
            foreach (var known in commands.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                await Console.Error.WriteLineAsync($"  {known.Name,-12} {known.Summary}");
            }
            return 2;
        }

        return await command.RunAsync(args[1..], CancellationToken.None);
    }
}
