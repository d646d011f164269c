using System.CommandLine;
using Supervision.Web.Cli;

namespace Supervision.Web.Simulation;

/// <summary>
/// <c>simulate --from 2020-05-01 --to 2020-12-31 --seed 42</c>: writes that stretch of simulated
/// history through the ingestion path. Safe to repeat: ids are stable, so events already stored are
/// counted as duplicates.
/// </summary>
internal sealed class SimulateCommand(SimulationSource source, SimulationPublisher publisher, SimulatorRuntime runtime) : ICliCommand
{
    public static Command Define() => SimulateArguments.Define();

    public async Task<int> RunAsync(ParseResult arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parsed = SimulateArguments.Read(arguments, runtime.Options.Seed, out var problem);
        if (parsed is null)
        {
            await error.WriteLineAsync(problem);
            return CliExitCodes.Usage;
        }

        var from = WorkingCalendar.AtLocal(parsed.From, TimeOnly.MinValue);
        var to = WorkingCalendar.AtLocal(parsed.To.AddDays(1), TimeOnly.MinValue);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"生成模拟数据：{parsed.From:yyyy-MM-dd} 至 {parsed.To:yyyy-MM-dd}，种子 {parsed.Seed}。"));
        try
        {
            var simulator = await source.CreateAsync(parsed.Seed, cancellationToken);
            var progress = new ConsoleProgress(output, Console.IsOutputRedirected || output != Console.Out);
            var result = parsed.DryRun
                ? SimulationPublisher.Count(simulator, from, to, progress)
                : await publisher.PublishAsync(simulator, from, to, runtime.Options.HistoryBatchSize, progress, cancellationToken);
            await output.WriteLineAsync(string.Format(CultureInfo.GetCultureInfo("zh-CN"),
                parsed.DryRun ? "完成（未写入）：生成 {0:N0} 个事件，用时 {3:N1} 秒。" : "完成：{0:N0} 个事件，新存储 {1:N0} 个，已存在 {2:N0} 个，用时 {3:N1} 秒。",
                result.Events, result.Stored, result.Events - result.Stored, result.Elapsed.TotalSeconds));
            return CliExitCodes.Success;
        }
        catch (EventBatchRejectedException ex)
        {
            await error.WriteLineAsync($"模拟事件未通过校验，已停止：{ex.Message}");
            foreach (var rejected in ex.Errors.Take(10))
            {
                await error.WriteLineAsync($"  第 {rejected.Index} 个（{rejected.Id}）：{rejected.Reason}");
            }
            return CliExitCodes.Failed;
        }
    }
}
