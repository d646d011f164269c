namespace Supervision.Web.Simulation;

/// <summary>
/// The live demo feed. On start it finds where a previous run stopped (or writes
/// <see cref="SimulatorOptions.BackfillDays"/> of history before <see cref="SimulatorOptions.Start"/>),
/// sets the <see cref="SimulationClock"/> there, and then, about once a real second, sends the events
/// of the simulated time that has passed through the ingestor. Failures are logged and retried on
/// the next tick; they never stop the app.
/// </summary>
internal sealed class SimulatorHostedService(
    SimulatorRuntime runtime,
    SimulationClock clock,
    SimulationSource source,
    SimulationPublisher publisher,
    PilotProgressSimulation pilots,
    ILogger<SimulatorHostedService> logger) : BackgroundService
{
    internal static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(1);

    private const int MaxAttempts = 5;

    private DateTimeOffset? _backfillFrom;
    private DateTimeOffset _liveFrom;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!runtime.Enabled)
        {
            return;
        }
        // Before the app serves a page, so every request already sees the resumed simulated time.
        var plan = await PlanAsync(cancellationToken);
        (_backfillFrom, _liveFrom) = (plan.BackfillFrom, plan.LiveFrom);
        clock.Rebase(_liveFrom);
        runtime.Backfilling = _backfillFrom is not null;
        logger.LogInformation("模拟数据已开启：速度 {Speed} 倍，种子 {Seed}，模拟时间从 {Start:yyyy-MM-dd HH:mm} 开始。",
            runtime.Options.Speed, runtime.Options.Seed, _liveFrom.ToOffset(TimeSpan.FromHours(8)));
        await base.StartAsync(cancellationToken);
    }

    /// <summary>Where to resume: ids are stable, so re-sending the last stored instant is harmless.</summary>
    internal async Task<(DateTimeOffset? BackfillFrom, DateTimeOffset LiveFrom)> PlanAsync(CancellationToken cancellationToken)
    {
        var options = runtime.Options;
        DateTimeOffset? latest;
        try
        {
            latest = await source.LatestSimulatedAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "读取已存储的模拟事件失败，模拟从配置的开始时间运行。");
            latest = options.Start;
        }
        return SimulationResume.Plan(latest, options.Start, options.BackfillDays);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite's "async" calls complete synchronously, so without this the whole backfill would run
        // inside the host's start-up and the site would not listen until it is done.
        await Task.Yield();
        HallSimulator simulator;
        try
        {
            simulator = await source.CreateAsync(runtime.Options.Seed, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "模拟器无法加载基础数据，本次不生成模拟数据。");
            return;
        }

        if (_backfillFrom is { } backfillFrom)
        {
            await BackfillAsync(simulator, backfillFrom, stoppingToken);
        }

        var cursor = simulator.OpenCursor(_liveFrom);
        var pending = new List<HallEvent>();
        var attempts = 0;
        using var timer = new PeriodicTimer(TickInterval, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await AdvancePilotsAsync(clock.GetUtcNow(), stoppingToken);
                pending.AddRange(cursor.Advance(clock.GetUtcNow()));
                if (pending.Count == 0)
                {
                    continue;
                }
                try
                {
                    await publisher.SendAsync(pending, runtime.Options.BatchSize, all: true, stoppingToken);
                    attempts = 0;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    attempts++;
                    var rejected = ex is EventBatchRejectedException;
                    logger.LogError(ex, "写入模拟事件失败（第 {Attempt} 次，{Count} 个事件）。", attempts, pending.Count);
                    if (rejected || attempts >= MaxAttempts)
                    {
                        // Retrying cannot help a batch that fails validation; keep the feed moving.
                        logger.LogWarning("放弃 {Count} 个模拟事件，继续后续模拟。", pending.Count);
                        pending.Clear();
                        attempts = 0;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task AdvancePilotsAsync(DateTimeOffset now, CancellationToken stoppingToken)
    {
        try
        {
            await pilots.AdvanceAsync(now, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "更新模拟试点进度失败，下次再试。");
        }
    }

    private async Task BackfillAsync(HallSimulator simulator, DateTimeOffset from, CancellationToken stoppingToken)
    {
        try
        {
            logger.LogInformation("正在写入模拟历史数据：{From:yyyy-MM-dd HH:mm} 至 {To:yyyy-MM-dd HH:mm}。",
                from.ToOffset(TimeSpan.FromHours(8)), _liveFrom.ToOffset(TimeSpan.FromHours(8)));
            var result = await publisher.PublishAsync(simulator, from, _liveFrom, runtime.Options.BatchSize, null, stoppingToken);
            logger.LogInformation("模拟历史数据写入完成：{Events} 个事件，新存储 {Stored} 个，用时 {Seconds:F0} 秒。",
                result.Events, result.Stored, result.Elapsed.TotalSeconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "写入模拟历史数据失败，继续实时模拟。");
        }
        finally
        {
            runtime.Backfilling = false;
        }
    }
}

/// <summary>Where a simulator run picks up, given what is already stored.</summary>
internal static class SimulationResume
{
    /// <returns>
    /// No simulated events: backfill the days before <paramref name="start"/>, then go live from it.
    /// Stored up to before <paramref name="start"/> (an interrupted backfill): finish the backfill.
    /// Stored beyond it: go live from the latest stored instant, no backfill.
    /// </returns>
    public static (DateTimeOffset? BackfillFrom, DateTimeOffset LiveFrom) Plan(DateTimeOffset? latest, DateTimeOffset start, int backfillDays) =>
        latest switch
        {
            null => (backfillDays > 0 ? start.AddDays(-backfillDays) : null, start),
            { } at when at < start => (at, start),
            { } at => (null, at),
        };
}
