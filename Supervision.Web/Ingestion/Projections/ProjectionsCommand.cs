using System.CommandLine;
using Supervision.Web.Cli;

namespace Supervision.Web.Ingestion.Projections;

/// <summary><c>projections rebuild</c>: recomputes every record and rollup from the stored events.</summary>
internal sealed class ProjectionsCommand(ProjectionRebuilder rebuilder, TimeProvider time) : ICliCommand
{
    public static Command Define() => new("projections", "办件记录与日汇总")
    {
        new Command("rebuild", "从事件表重建全部办件记录与日汇总"),
    };

    public async Task<int> RunAsync(ParseResult parsed, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var summary = await rebuilder.RebuildAsync(cancellationToken);
        await output.WriteLineAsync(
            $"重建完成：读取事件 {summary.Events:N0} 条，生成对象记录 {summary.Subjects:N0} 个，" +
            $"日汇总 {summary.Days:N0} 个镇街日，用时 {time.GetElapsedTime(started).TotalSeconds:N1} 秒。");
        return CliExitCodes.Success;
    }
}
