using Supervision.Web.Data.Changes;
using Supervision.Web.Queries.Figures;

namespace Supervision.Web.Common;

/// <summary>
/// The application's one in-memory cache: answers computed once per change and shared by every asker of
/// the same key, so concurrent askers wait for one computation instead of running their own. The figure
/// answers, the period rollups and both reference-data snapshots are kept in it; what a key means and
/// which change forgets it is theirs.
/// </summary>
/// <remarks>
/// An answer goes when its owner forgets it (<see cref="Invalidate"/>: a commit of this process or, through
/// the Redis relay, of another node; an edit of reference data), when the askers' version (e.g. the settings
/// in force) is no longer the object it was computed under, and in any case after the maximum age: other
/// processes may write without telling us. A computation that started before a change is never handed to a
/// caller who asks after it: the change removes the entry, and the next caller starts a new one. A failed or
/// cancelled computation is not kept, and one asker giving up does not cancel what the others wait for.
/// A key must always stand for answers of the same type.
/// <para>
/// Why not <c>HybridCache</c> (Microsoft.Extensions.Caching.Hybrid 10.x, served, with tags): its stampede
/// protection joins a caller to the computation already running for a key without regard to a tag removal
/// made since it began, so a dashboard asking right after a commit could get an answer that misses it; it
/// has no per-asker version (the settings in force); a commit names (town, day) pairs while a key covers a
/// period, so tags per (town, day) would put hundreds of tags on a year's answer; and its tag removal is
/// logical and local (other nodes' in-memory entries are not told; dotnet/extensions#7771 shows a removal
/// missed through the shared second level). Other nodes learn of commits through the Redis relay, which
/// calls <see cref="Invalidate(Func{TKey, bool})"/> here.
/// </para>
/// </remarks>
internal sealed class SharedComputationCache<TKey> : IDisposable
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _maxAge;
    private readonly int _maxEntries;
    private readonly CancellationTokenSource _stopping = new();
    private long _computations;

    /// <param name="maxAge">How long an answer may be handed out at most; <see cref="TimeSpan.MaxValue"/> for until invalidated.</param>
    public SharedComputationCache(TimeProvider time, TimeSpan maxAge, int maxEntries)
    {
        _time = time;
        _maxAge = maxAge;
        _maxEntries = maxEntries;
    }

    /// <summary>Computations started (not answers handed out): lets tests see that askers shared one.</summary>
    public long Computations => Interlocked.Read(ref _computations);

    /// <summary>
    /// The answer for <paramref name="key"/> computed under <paramref name="version"/> (compared by reference),
    /// starting <paramref name="compute"/> only when no fresh one exists or is on its way.
    /// </summary>
    public Task<T> GetAsync<T>(TKey key, Func<CancellationToken, Task<T>> compute, object? version, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        while (true)
        {
            if (_entries.TryGetValue(key, out var hit))
            {
                if (Fresh(now, hit) && ReferenceEquals(hit.Version, version) && !hit.Failed)
                {
                    return hit.AnswerAsync<T>(cancellationToken);
                }
                var replacement = NewEntry(key, compute, now, version);
                if (_entries.TryUpdate(key, replacement, hit))
                {
                    return replacement.AnswerAsync<T>(cancellationToken);
                }
                continue;
            }
            if (_entries.Count >= _maxEntries)
            {
                _entries.Clear();
            }
            var created = NewEntry(key, compute, now, version);
            if (_entries.TryAdd(key, created))
            {
                return created.AnswerAsync<T>(cancellationToken);
            }
        }
    }

    /// <summary>Forgets the answers whose key <paramref name="touched"/> says a change may have moved.</summary>
    public void Invalidate(Func<TKey, bool> touched)
    {
        ArgumentNullException.ThrowIfNull(touched);
        foreach (var (key, entry) in _entries)
        {
            if (touched(key))
            {
                _entries.TryRemove(new KeyValuePair<TKey, Entry>(key, entry));
            }
        }
    }

    /// <summary>Forgets every answer, including those being computed.</summary>
    public void Clear() => _entries.Clear();

    /// <summary>Forgets the answer of <paramref name="key"/> only if it is still <paramref name="answer"/> (a newer one stays).</summary>
    public void Invalidate<T>(TKey key, T answer)
        where T : class
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Holds(answer))
        {
            _entries.TryRemove(new KeyValuePair<TKey, Entry>(key, entry));
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private bool Fresh(DateTimeOffset now, Entry entry) => _maxAge == TimeSpan.MaxValue || now - entry.Started < _maxAge;

    // The computation starts on the first Load.Value, i.e. only after the entry is visible to Invalidate:
    // a commit that lands while it runs always finds and removes it.
    private Entry NewEntry<T>(TKey key, Func<CancellationToken, Task<T>> compute, DateTimeOffset now, object? version)
    {
        Entry? entry = null;
        entry = new Entry(new Lazy<Task>(() =>
        {
            Interlocked.Increment(ref _computations);
            // One asker's closed tab must not cancel the answer the others wait for.
            var task = compute(_stopping.Token);
            _ = task.ContinueWith(
                _ => _entries.TryRemove(new KeyValuePair<TKey, Entry>(key, entry!)),
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

        public bool Holds<T>(T answer)
            where T : class =>
            load.IsValueCreated && load.Value is Task<T> { IsCompletedSuccessfully: true } done && ReferenceEquals(done.Result, answer);

        public Task<T> AnswerAsync<T>(CancellationToken cancellationToken) => ((Task<T>)load.Value).WaitAsync(cancellationToken);
    }
}
