using System.Collections.Concurrent;
using Supervision.Web.Data.Changes;
using Supervision.Web.Queries.Figures;

namespace Supervision.Web.Queries;

/// <summary>
/// Answers computed once per change and shared by every asker of the same key: concurrent askers wait
/// for one computation instead of running their own. The mechanics behind <see cref="SharedFigureCache"/>
/// and <see cref="PeriodRollupCache"/>; what a key means and which commits touch it is theirs.
/// </summary>
/// <remarks>
/// An answer goes when a commit touches its key (<see cref="Invalidate"/>: this process's commits, and
/// other nodes' through the Redis relay), when the askers' version (e.g. the settings in force) is no
/// longer the object it was computed under, and in any case after the maximum age: other processes may
/// write without telling us. A computation that started before a commit is never handed to a caller who
/// asks after it: the commit removes the entry, and the next caller starts a new one. A failed or
/// cancelled computation is not kept, and one asker giving up does not cancel what the others wait for.
/// A key must always stand for answers of the same type.
/// </remarks>
internal sealed class SharedComputationCache<TKey> : IDisposable
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> entries = new();
    private readonly IIngestionNotifications notifications;
    private readonly TimeProvider time;
    private readonly TimeSpan maxAge;
    private readonly int maxEntries;
    private readonly Func<TKey, IngestionCommitted, bool> touches;
    private readonly CancellationTokenSource stopping = new();
    private long computations;

    /// <param name="touches">Whether a commit may have moved the answer of a key.</param>
    public SharedComputationCache(
        IIngestionNotifications notifications, TimeProvider time, TimeSpan maxAge, int maxEntries, Func<TKey, IngestionCommitted, bool> touches)
    {
        this.notifications = notifications;
        this.time = time;
        this.maxAge = maxAge;
        this.maxEntries = maxEntries;
        this.touches = touches;
        notifications.Committed += Invalidate;
    }

    /// <summary>Computations started (not answers handed out): lets tests see that askers shared one.</summary>
    public long Computations => Interlocked.Read(ref computations);

    /// <summary>
    /// The answer for <paramref name="key"/> computed under <paramref name="version"/> (compared by reference),
    /// starting <paramref name="compute"/> only when no fresh one exists or is on its way.
    /// </summary>
    public Task<T> GetAsync<T>(TKey key, Func<CancellationToken, Task<T>> compute, object? version, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        while (true)
        {
            if (entries.TryGetValue(key, out var hit))
            {
                if (now - hit.Started < maxAge && ReferenceEquals(hit.Version, version) && !hit.Failed)
                {
                    return hit.AnswerAsync<T>(cancellationToken);
                }
                var replacement = NewEntry(key, compute, now, version);
                if (entries.TryUpdate(key, replacement, hit))
                {
                    return replacement.AnswerAsync<T>(cancellationToken);
                }
                continue;
            }
            if (entries.Count >= maxEntries)
            {
                entries.Clear();
            }
            var created = NewEntry(key, compute, now, version);
            if (entries.TryAdd(key, created))
            {
                return created.AnswerAsync<T>(cancellationToken);
            }
        }
    }

    /// <summary>Forgets the answers <paramref name="change"/> may have moved.</summary>
    public void Invalidate(IngestionCommitted change)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var (key, entry) in entries)
        {
            if (touches(key, change))
            {
                entries.TryRemove(new KeyValuePair<TKey, Entry>(key, entry));
            }
        }
    }

    /// <summary>Forgets every answer, including those being computed.</summary>
    public void Clear() => entries.Clear();

    public void Dispose()
    {
        notifications.Committed -= Invalidate;
        stopping.Cancel();
        stopping.Dispose();
    }

    // The computation starts on the first Load.Value, i.e. only after the entry is visible to Invalidate:
    // a commit that lands while it runs always finds and removes it.
    private Entry NewEntry<T>(TKey key, Func<CancellationToken, Task<T>> compute, DateTimeOffset now, object? version)
    {
        Entry? entry = null;
        entry = new Entry(new Lazy<Task>(() =>
        {
            Interlocked.Increment(ref computations);
            // One asker's closed tab must not cancel the answer the others wait for.
            var task = compute(stopping.Token);
            _ = task.ContinueWith(
                _ => entries.TryRemove(new KeyValuePair<TKey, Entry>(key, entry!)),
                CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
            return task;
        }), now, version);
        return entry;
    }

    private sealed class Entry(Lazy<Task> load, DateTimeOffset started, object? version)
    {
        public DateTimeOffset Started { get; } = started;

        public object? Version { get; } = version;

        // A failure is not an answer: the next asker tries again (the entry's own clean-up may not have run yet).
        public bool Failed => load.IsValueCreated && load.Value is { IsFaulted: true } or { IsCanceled: true };

        public Task<T> AnswerAsync<T>(CancellationToken cancellationToken) => ((Task<T>)load.Value).WaitAsync(cancellationToken);
    }
}
