using System.Globalization;
using Supervision.Domain.Calendar;
using Supervision.Domain.Events;
using Supervision.Web.Cli;

namespace Supervision.Web.Simulation;

/// <summary>
/// <c>simulate --from 2020-05-01 --to 2020-12-31 --seed 42</c>: writes that stretch of simulated
/// history through the ingestion path. Safe to repeat: ids are stable, so events already stored are
/// counted as duplicates.
/// </summary>
internal sealed class SimulateCommand(SimulationSource source, SimulationPublisher publisher, SimulatorRuntime runtime) : ICliCommand
{
    public string Name => "simulate";

    public string Summary => "生成模拟历史数据并写入（--from --to --seed）";

    internal TextWriter Output { get; init; } = Console.Out;
    internal TextWriter Error { get; init; } = Console.Error;
    internal bool Redirected { get; init; } = Console.IsOutputRedirected;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var parsed = SimulateArguments.Parse(args, runtime.Options.Seed, out var error);
        if (parsed is null)
        {
            await Error.WriteLineAsync(error);
            return 2;
        }

        var from = WorkingCalendar.AtLocal(parsed.From, TimeOnly.MinValue);
        var to = WorkingCalendar.AtLocal(parsed.To.AddDays(1), TimeOnly.MinValue);
        await Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"生成模拟数据：{parsed.From:yyyy-MM-dd} 至 {parsed.To:yyyy-MM-dd}，种子 {parsed.Seed}。"));
        try
        {
            var simulator = await source.CreateAsync(parsed.Seed, cancellationToken);
            var progress = new ConsoleProgress(Output, Redirected);
            var result = parsed.DryRun
                ? SimulationPublisher.Count(simulator, from, to, progress)
                : await publisher.PublishAsync(simulator, from, to, runtime.Options.HistoryBatchSize, progress, cancellationToken);
            await Output.WriteLineAsync(string.Format(CultureInfo.GetCultureInfo("zh-CN"),
                parsed.DryRun ? "完成（未写入）：生成 {0:N0} 个事件，用时 {3:N1} 秒。" : "完成：{0:N0} 个事件，新存储 {1:N0} 个，已存在 {2:N0} 个，用时 {3:N1} 秒。",
                result.Events, result.Stored, result.Events - result.Stored, result.Elapsed.TotalSeconds));
            return 0;
        }
        catch (EventBatchRejectedException ex)
        {
            await Error.WriteLineAsync($"模拟事件未通过校验，已停止：{ex.Message}");
            foreach (var problem in ex.Errors.Take(10))
            {
                await Error.WriteLineAsync($"  第 {problem.Index} 个（{problem.Id}）：{problem.Reason}");
            }
            return 1;
        }
    }
}
