using Supervision.Web.Data.Changes;
using Supervision.Web.Queries.Live;
using Supervision.Web.Queries.Reference;
using Supervision.Web.Queries.Settings;
using Supervision.Web.Telemetry;

namespace Supervision.Web.Live;

/// <summary>
/// Turns committed batches and the passing of time into <see cref="LiveUpdate"/>s (as dotnet/eShop's
/// OrderStatusNotificationService does for order status): after each commit it re-reads the halls
/// the batch touched and runs <see cref="AlertRules"/> on the changed records; every
/// <see cref="TickInterval"/> it re-evaluates what may have crossed a deadline without any event.
/// All work runs on one loop, so the watch state needs no locks; the ingesting thread only enqueues.
/// With several nodes, commits made elsewhere arrive through <see cref="ApplyRemote"/> (Redis pub/sub)
/// and update this node's subscribers like local ones; only local work goes to <see cref="LiveHubFeed"/>.
/// </summary>
public sealed class LiveNotifier(
    IIngestionNotifications notifications,
    LiveStateReader reader,
    ReadReferenceCache reference,
    ReferenceNamesReader names,
    LiveFanout fanout,
    LiveHubFeed hubFeed,
    ILiveTickOwner tickOwner,
    AlertFeed feed,
    ISettingsProvider settings,
    SupervisionMetrics metrics,
    TimeProvider time,
    ILogger<LiveNotifier> logger) : BackgroundService, ILiveNotifier
{
    public static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(30);

    private readonly Channel<Work> _work = Channel.CreateUnbounded<Work>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, HallNow> _halls = new(StringComparer.Ordinal);
    private AlertWatch? _watch;

    // Names change a few times a year: read at start and on every tick, used by every round's alerts.
    private AlertWording _wording = new(ReferenceNames.Empty);

    public IDisposable Subscribe(string? town, Func<LiveUpdate, Task> handler) => fanout.Subscribe(town, handler);

    public IReadOnlyList<Alert> RecentAlerts(string? town) => feed.Recent(town);

    /// <summary>A batch another node committed (received over Redis): refresh this node's subscribers.</summary>
    public void ApplyRemote(IngestionCommitted change) => _work.Writer.TryWrite(new Work(change, Remote: true));

    /// <summary>Raised after each processed commit or tick (tests wait on it instead of sleeping).</summary>
    internal event Action<LiveUpdate>? Processed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        notifications.Committed += OnCommitted;
        // An item without a commit is a tick: deadlines pass without events.
        await using var timer = time.CreateTimer(_ => _work.Writer.TryWrite(Work.Tick), null, TickInterval, TickInterval);
        try
        {
            await StartWatchingAsync(stoppingToken);
            while (await _work.Reader.WaitToReadAsync(stoppingToken))
            {
                // Everything queued while the last round ran becomes one round.
                var items = new List<Work>();
                while (_work.Reader.TryRead(out var item))
                {
                    items.Add(item);
                }
                // Local, remote and timer work in separate rounds: each round's update knows whether it is this node's to send to the hub.
                var local = items.Where(i => i is { Commit: not null, Remote: false }).Select(i => i.Commit!).ToList();
                var remote = items.Where(i => i is { Commit: not null, Remote: true }).Select(i => i.Commit!).ToList();
                if (local.Count > 0)
                {
                    await SafeRoundAsync(local, tick: false, toHub: true, stoppingToken);
                }
                if (remote.Count > 0)
                {
                    await SafeRoundAsync(remote, tick: false, toHub: false, stoppingToken);
                }
                if (items.Any(i => i.Commit is null))
                {
                    await SafeRoundAsync([], tick: true, toHub: tickOwner.OwnsTicks, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            notifications.Committed -= OnCommitted;
        }
    }

    // Runs on the ingesting thread: enqueue only.
    private void OnCommitted(IngestionCommitted change) => _work.Writer.TryWrite(new Work(change, Remote: false));

    private async Task SafeRoundAsync(List<IngestionCommitted> commits, bool tick, bool toHub, CancellationToken ct)
    {
        try
        {
            await RoundAsync(commits, tick, toHub, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database outage fails rounds; the next commit or tick tries again.
            logger.LogError(e, "Live update round failed ({Commits} commits, tick {Tick})", commits.Count, tick);
        }
    }

    /// <summary>
    /// The current records of the commits' subjects: as the ingestor committed them when every commit
    /// carries them (later commits win), else read back.
    /// </summary>
    private async Task<RecordSet> ChangedRecordsAsync(List<IngestionCommitted> commits, CancellationToken ct)
    {
        if (commits.All(c => c.Records is not null))
        {
            var committed = new RecordSet();
            foreach (var commit in commits)
            {
                foreach (var subject in commit.Subjects)
                {
                    if (commit.Records!.Record(subject) is { } record)
                    {
                        committed.Add(subject, record);
                    }
                }
            }
            return committed;
        }
        var subjects = commits.SelectMany(c => c.Subjects).ToHashSet(StringComparer.Ordinal);
        return await reader.RecordsAsync(subjects, ct);
    }

    private async Task StartWatchingAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // The calendar and threshold are read on every look, so a saved year or setting applies from the next round.
        _wording = new AlertWording(await names.GetAsync(ct));
        _watch = new AlertWatch(() => reader.Calendar, () => TimeSpan.FromMinutes(settings.Current.Settings.Targets.QueueAlertWaitMinutes), () => _wording);
        _watch.Reset(await reader.WatchedAsync(now, ct), now);
        var towns = (await reference.GetAsync(ct)).Towns.Select(t => t.Code).ToList();
        foreach (var hall in await ReadHallsAsync(towns, now, ct))
        {
            _halls[hall.Town] = hall;
        }
    }

    private async Task RoundAsync(List<IngestionCommitted> commits, bool tick, bool toHub, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var alerts = new List<Alert>();
        var changedTowns = commits.SelectMany(c => c.Towns).ToHashSet(StringComparer.Ordinal);
        if (commits.Count > 0)
        {
            alerts.AddRange(_watch!.Changed(await ChangedRecordsAsync(commits, ct), now));
        }
        var towns = changedTowns.ToList();
        if (tick)
        {
            _wording = new AlertWording(await names.GetAsync(ct));
            alerts.AddRange(_watch!.Tick(now));
            // Waits grow and cards turn with the clock in every hall.
            towns = (await reference.GetAsync(ct)).Towns.Select(t => t.Code).ToList();
        }

        var changedHalls = new Dictionary<string, HallNow>(StringComparer.Ordinal);
        foreach (var hall in await ReadHallsAsync(towns, now, ct))
        {
            if (!_halls.TryGetValue(hall.Town, out var before) || Differs(before, hall))
            {
                changedHalls[hall.Town] = hall;
            }
            _halls[hall.Town] = hall;
        }

        var update = new LiveUpdate(now, changedHalls, feed.AddNew(alerts), changedTowns);
        if (!update.IsEmpty)
        {
            fanout.Publish(update);
            if (toHub)
            {
                hubFeed.Publish(update);
            }
        }
        var published = time.GetUtcNow();
        foreach (var commit in commits)
        {
            metrics.FanoutReached(SupervisionMetrics.NotifierPath, published - commit.CommittedAt);
        }
        Processed?.Invoke(update);
    }

    private static bool Differs(HallNow a, HallNow b) =>
        a.Live != b.Live || a.TicketsIssuedToday != b.TicketsIssuedToday
                         || a.AcceptedToday != b.AcceptedToday || a.CompletedToday != b.CompletedToday;

    private async Task<List<HallNow>> ReadHallsAsync(IReadOnlyCollection<string> towns, DateTimeOffset now, CancellationToken ct)
    {
        if (towns.Count == 0)
        {
            return [];
        }
        var snapshot = await reader.ReadAsync(towns, now, ct);
        var today = await reader.TodayRollupsAsync(towns, now, ct);
        return snapshot.Halls.Values.Select(live =>
        {
            var counts = today.GetValueOrDefault(live.Town) ?? new TownDayRollup();
            return new HallNow(live.Town, live, counts.TicketsIssued, counts.Accepted, counts.Completed, now);
        }).ToList();
    }

    /// <summary>A commit to refresh (from this node or, <paramref name="Remote"/>, another), or a tick when null.</summary>
    private readonly record struct Work(IngestionCommitted? Commit, bool Remote)
    {
        public static Work Tick => new(null, false);
    }
}
