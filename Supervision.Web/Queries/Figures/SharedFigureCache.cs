using Supervision.Web.Common;
using Supervision.Web.Ingestion;
using Supervision.Web.Settings;
using Supervision.Web.Data.Changes;
using Supervision.Web.Queries.Settings;

namespace Supervision.Web.Queries.Figures;

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
/// cards) move with the clock, and other processes may write without telling us. The races (a commit
/// landing during a computation, an asker giving up, a failure) are <see cref="SharedComputationCache{TKey}"/>'s.
/// </remarks>
public sealed class SharedFigureCache : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    private const int MaxEntries = 256;

    private readonly SharedComputationCache<Key> _answers;
    private readonly IFigureQueries _queries;
    private readonly IIngestionNotifications _notifications;
    private readonly ISettingsProvider _settings;
    private readonly TimeProvider _time;

    public SharedFigureCache(IFigureQueries queries, IIngestionNotifications notifications, ISettingsProvider settings, TimeProvider time)
    {
        _queries = queries;
        _notifications = notifications;
        _settings = settings;
        _time = time;
        _answers = new SharedComputationCache<Key>(time, MaxAge, MaxEntries);
        notifications.Committed += Invalidate;
    }

    private enum Query
    {
        Figures,
        Ranking,
    }

    /// <summary>The period by its days only: “today so far” asked a moment apart is the same question.</summary>
    private readonly record struct Key(Query Query, Scope Scope, PeriodKind Kind, DateOnly Start, DateOnly End)
    {
        public static Key Of(Query query, Scope scope, Period period) => new(query, scope, period.Kind, period.Start, period.End);
    }

    /// <summary>Computations started (not answers handed out): lets tests see that askers shared one.</summary>
    public long Computations => _answers.Computations;

    /// <inheritdoc cref="IFigureQueries.GetFiguresAsync"/>
    public Task<FigureSet> GetFiguresAsync(Scope scope, Period period, CancellationToken cancellationToken) =>
        GetAsync(Key.Of(Query.Figures, scope, period), ct => _queries.GetFiguresAsync(scope, period, ct), cancellationToken);

    /// <inheritdoc cref="IFigureQueries.RankHallsAsync"/>
    public Task<IReadOnlyList<RankedHall>> RankHallsAsync(Period period, CancellationToken cancellationToken) =>
        GetAsync(Key.Of(Query.Ranking, Scope.County, period), ct => _queries.RankHallsAsync(period, ct), cancellationToken);

    /// <summary>Forgets the answers <paramref name="change"/> may have moved.</summary>
    public void Invalidate(IngestionCommitted change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _answers.Invalidate(key => Touches(key, change, _time));
    }

    public void Dispose()
    {
        _notifications.Committed -= Invalidate;
        _answers.Dispose();
    }

    // Answers computed under other settings are not handed out: the settings snapshot is the version.
    private Task<T> GetAsync<T>(Key key, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken) =>
        _answers.GetAsync(key, compute, _settings.Current, cancellationToken);

    private static bool Touches(Key key, IngestionCommitted change, TimeProvider time)
    {
        // Staff and item scopes name no town: any commit may move them.
        bool InScope(string town) => key.Scope.Kind != ScopeKind.Town || key.Scope.Code == town;
        if (!change.Towns.Any(InScope))
        {
            return false;
        }
        // A period with today holds the “now” parts, which any change of a record in scope can move.
        var today = WorkingCalendar.LocalDate(time.GetUtcNow());
        if (change.Days is not { } days || (key.Start <= today && today <= key.End))
        {
            return true;
        }
        return days.Any(d => InScope(d.Town) && d.Day >= key.Start && d.Day <= key.End);
    }
}
