using Supervision.Web.Cli;

namespace Supervision.Web.Ingestion.Projections;

/// <summary><c>projections rebuild</c>: recomputes every record and rollup from the stored events.</summary>
internal sealed class ProjectionsCommand(ProjectionRebuilder rebuilder, TimeProvider time) : ICliCommand
{
    public string Name => "projections";
    public string Summary => "从事件表重建全部办件记录与日汇总（rebuild）";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args is not ["rebuild"])
        {
            Console.Error.WriteLine("用法：projections rebuild");
            return 1;
        }

        var started = time.GetTimestamp();
        var summary = await rebuilder.RebuildAsync(cancellationToken);
        Console.WriteLine(
            $"重建完成：读取事件 {summary.Events:N0} 条，生成对象记录 {summary.Subjects:N0} 个，" +
            $"日汇总 {summary.Days:N0} 个镇街日，用时 {time.GetElapsedTime(started).TotalSeconds:N1} 秒。");
        return 0;
    }
}
