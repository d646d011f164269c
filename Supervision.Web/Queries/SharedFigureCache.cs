using System.Collections.Concurrent;
using Supervision.Domain.Calendar;
using Supervision.Domain.Figures;
using Supervision.Web.Ingestion;
using Supervision.Web.Settings;

namespace Supervision.Web.Queries;

/// <summary>
/// The figures every open dashboard shows, computed once per change and shared: all circuits that ask
/// for the same (query, scope, days) get the same immutable answer, and concurrent askers wait for one
/// computation instead of running their own. Without it, each commit made every open overview run the
/// same five queries (20 pages: 100 reads and folds for one changed number).
/// </summary>
/// <remarks>
/// An answer goes when a commit touches its scope and days (<see cref="Invalidate"/>, called for this
/// process's commits and, through the Redis relay, for other nodes'), when the settings in force change,
/// and in any case after <see cref="MaxAge"/>: the “now” parts of a period that includes today (waits,
/// cards) move with the clock, and other processes may write without telling us. A computation that
/// started before a commit is never handed to a caller who asks after it: the commit removes the entry,
/// and the next caller starts a new one.
/// </remarks>
public sealed class SharedFigureCache : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    private const int MaxEntries = 256;

    private readonly ConcurrentDictionary<Key, Entry> entries = new();
    private readonly IFigureQueries queries;
    private readonly IIngestionNotifications notifications;
    private readonly ISettingsProvider settings;
    private readonly TimeProvider time;
    private readonly CancellationTokenSource stopping = new();

    public SharedFigureCache(IFigureQueries queries, IIngestionNotifications notifications, ISettingsProvider settings, TimeProvider time)
    {
        this.queries = queries;
        this.notifications = notifications;
        this.settings = settings;
        this.time = time;
        notifications.Committed += Invalidate;
    }

    private enum Query
    {
        Figures,
        Ranking,
        Trend,
    }

    /// <summary>The period by its days only: “today so far” asked a moment apart is the same question.</summary>
    private readonly record struct Key(Query Query, Scope Scope, PeriodKind Kind, DateOnly Start, DateOnly End)
    {
        public static Key Of(Query query, Scope scope, Period period) => new(query, scope, period.Kind, period.Start, period.End);
    }

    private sealed class Entry(Lazy<Task> load, DateTimeOffset started, SettingsSnapshot settings)
    {
        public Lazy<Task> Load { get; } = load;

        public DateTimeOffset Started { get; } = started;

        public SettingsSnapshot Settings { get; } = settings;

        // A failure is not an answer: the next asker tries again (the entry's own clean-up may not have run yet).
        public bool Failed => Load.IsValueCreated && Load.Value is { IsFaulted: true } or { IsCanceled: true };
    }

    /// <summary>Computations started (not answers handed out): lets tests see that askers shared one.</summary>
    public long Computations => Interlocked.Read(ref computations);

    private long computations;

    /// <inheritdoc cref="IFigureQueries.GetFiguresAsync"/>
    public Task<FigureSet> GetFiguresAsync(Scope scope, Period period, CancellationToken cancellationToken) =>
        GetAsync(Key.Of(Query.Figures, scope, period), ct => queries.GetFiguresAsync(scope, period, ct), cancellationToken);

    /// <inheritdoc cref="IFigureQueries.RankHallsAsync"/>
    public Task<IReadOnlyList<RankedHall>> RankHallsAsync(Period period, CancellationToken cancellationToken) =>
        GetAsync(Key.Of(Query.Ranking, Scope.County, period), ct => queries.RankHallsAsync(period, ct), cancellationToken);

    /// <inheritdoc cref="IFigureQueries.GetTrendAsync"/>
    public Task<IReadOnlyList<DailyPoint>> GetTrendAsync(Scope scope, Period period, CancellationToken cancellationToken) =>
        GetAsync(Key.Of(Query.Trend, scope, period), ct => queries.GetTrendAsync(scope, period, ct), cancellationToken);

    /// <summary>Forgets the answers <paramref name="change"/> may have moved.</summary>
    public void Invalidate(IngestionCommitted change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var today = WorkingCalendar.LocalDate(time.GetUtcNow());
        foreach (var (key, entry) in entries)
        {
            if (Touches(key, change, today))
            {
                entries.TryRemove(new KeyValuePair<Key, Entry>(key, entry));
            }
        }
    }

    public void Dispose()
    {
        notifications.Committed -= Invalidate;
        stopping.Cancel();
        stopping.Dispose();
    }

    private Task<T> GetAsync<T>(Key key, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var inForce = settings.Current;
        while (true)
        {
            if (entries.TryGetValue(key, out var hit))
            {
                if (now - hit.Started < MaxAge && ReferenceEquals(hit.Settings, inForce) && !hit.Failed)
                {
                    return ((Task<T>)hit.Load.Value).WaitAsync(cancellationToken);
                }
                var replacement = NewEntry(key, compute, now, inForce);
                if (entries.TryUpdate(key, replacement, hit))
                {
                    return ((Task<T>)replacement.Load.Value).WaitAsync(cancellationToken);
                }
                continue;
            }
            if (entries.Count >= MaxEntries)
            {
                entries.Clear();
            }
            var created = NewEntry(key, compute, now, inForce);
            if (entries.TryAdd(key, created))
            {
                return ((Task<T>)created.Load.Value).WaitAsync(cancellationToken);
            }
        }
    }

    // The computation starts on the first Load.Value, i.e. only after the entry is visible to Invalidate:
    // a commit that lands while it runs always finds and removes it.
    private Entry NewEntry<T>(Key key, Func<CancellationToken, Task<T>> compute, DateTimeOffset now, SettingsSnapshot inForce)
    {
        Entry? entry = null;
        entry = new Entry(new Lazy<Task>(() =>
        {
            Interlocked.Increment(ref computations);
            // One asker's closed tab must not cancel the answer the others wait for.
            var task = compute(stopping.Token);
            _ = task.ContinueWith(
                _ => entries.TryRemove(new KeyValuePair<Key, Entry>(key, entry!)),
                CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
            return task;
        }), now, inForce);
        return entry;
    }

    private static bool Touches(Key key, IngestionCommitted change, DateOnly today)
    {
        // Staff and item scopes name no town: any commit may move them.
        bool InScope(string town) => key.Scope.Kind != ScopeKind.Town || key.Scope.Code == town;
        if (!change.Towns.Any(InScope))
        {
            return false;
        }
        // A period with today holds the “now” parts, which any change of a record in scope can move.
        if (change.Days is not { } days || (key.Start <= today && today <= key.End))
        {
            return true;
        }
        return days.Any(d => InScope(d.Town) && d.Day >= key.Start && d.Day <= key.End);
    }
}
