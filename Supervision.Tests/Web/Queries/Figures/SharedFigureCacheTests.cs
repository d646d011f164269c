using Supervision.Tests.Web.Components.Fakes;

namespace Supervision.Tests.Web.Queries.Figures;

public sealed class SharedFigureCacheTests : IDisposable
{
    private const string Nanma = "370323001";
    private static readonly DateTimeOffset Now = new(2020, 10, 9, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Period ThisWeek = Period.WeekOf(new DateOnly(2020, 10, 9));
    private static readonly Period June = Period.Month(2020, 6);

    private readonly GatedQueries _queries = new();
    private readonly FakeIngestionNotifications _commits = new();
    private readonly FixedSettingsProvider _settings = new();
    private readonly FakeTimeProvider _time = new(Now);
    private readonly SharedFigureCache _cache;

    public SharedFigureCacheTests() => _cache = new SharedFigureCache(_queries, _commits, _settings, _time);

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task Two_askers_of_the_same_figures_get_one_snapshot_computed_once()
    {
        _queries.Hold();
        var first = _cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);
        var second = _cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);
        _queries.Release();

        Assert.Same(await first, await second);
        Assert.Equal(1, _queries.Calls);
    }

    [Fact]
    public async Task Today_so_far_asked_a_moment_apart_is_one_question()
    {
        var first = await _cache.RankHallsAsync(Period.TodaySoFar(Now), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Same(first, await _cache.RankHallsAsync(Period.TodaySoFar(_time.GetUtcNow()), CancellationToken.None));
        Assert.Equal(1, _queries.Calls);
    }

    [Fact]
    public async Task A_commit_in_scope_makes_the_next_asker_compute_a_new_snapshot()
    {
        var before = await _cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);

        _commits.Commit(new HashSet<string> { Nanma }, Now);

        Assert.NotSame(before, await _cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None));
        Assert.Equal(2, _queries.Calls);
    }

    [Fact]
    public async Task A_commit_of_another_town_keeps_a_town_snapshot()
    {
        var before = await _cache.GetFiguresAsync(Scope.Town(Nanma), ThisWeek, CancellationToken.None);

        _commits.Commit(new HashSet<string> { "370323002" }, Now);

        Assert.Same(before, await _cache.GetFiguresAsync(Scope.Town(Nanma), ThisWeek, CancellationToken.None));
    }

    [Fact]
    public async Task A_commit_of_todays_rollups_keeps_a_past_period()
    {
        var before = await _cache.GetFiguresAsync(Scope.County, June, CancellationToken.None);

        _cache.Invalidate(new IngestionCommitted(new HashSet<string> { Nanma }, new HashSet<string>(), 1, Now,
            new HashSet<(string Town, DateOnly Day)> { (Nanma, new DateOnly(2020, 10, 9)) }));

        Assert.Same(before, await _cache.GetFiguresAsync(Scope.County, June, CancellationToken.None));
    }

    [Fact]
    public async Task A_computation_running_when_a_commit_lands_is_not_handed_to_later_askers()
    {
        _queries.Hold();
        var early = _cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);

        _commits.Commit(new HashSet<string> { Nanma }, Now);
        var late = _cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);
        _queries.Release();

        Assert.NotSame(await early, await late);
        Assert.Equal(2, _queries.Calls);
    }

    [Fact]
    public async Task A_snapshot_is_computed_again_after_max_age()
    {
        await _cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);

        _time.Advance(SharedFigureCache.MaxAge);
        await _cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);

        Assert.Equal(2, _queries.Calls);
    }

    [Fact]
    public async Task New_settings_in_force_make_the_next_asker_compute_again()
    {
        await _cache.GetFiguresAsync(Scope.County, June, CancellationToken.None);

        _settings.Current = new SettingsSnapshot(2, SupervisionSettings.Default);
        await _cache.GetFiguresAsync(Scope.County, June, CancellationToken.None);

        Assert.Equal(2, _queries.Calls);
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept()
    {
        _queries.FailNext = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _cache.GetFiguresAsync(Scope.County, June, CancellationToken.None));

        await _cache.GetFiguresAsync(Scope.County, June, CancellationToken.None);

        Assert.Equal(2, _queries.Calls);
    }

    [Fact]
    public async Task One_asker_giving_up_does_not_cancel_the_snapshot_the_others_wait_for()
    {
        _queries.Hold();
        using var closedTab = new CancellationTokenSource();
        var leaving = _cache.GetFiguresAsync(Scope.County, ThisWeek, closedTab.Token);
        var staying = _cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);

        await closedTab.CancelAsync();
        _queries.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        Assert.Equal(ThisWeek, (await staying).Period);
    }

    /// <summary>Answers with a new object per computation; can hold computations until released.</summary>
    private sealed class GatedQueries : IFigureQueries
    {
        private TaskCompletionSource _gate = Open();
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public bool FailNext { get; set; }

        public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _gate.TrySetResult();

        public async Task<FigureSet> GetFiguresAsync(Scope scope, Period period, CancellationToken cancellationToken)
        {
            await EnterAsync(cancellationToken);
            return new FigureSet { Scope = scope, Period = period };
        }

        public async Task<IReadOnlyList<RankedHall>> RankHallsAsync(Period period, CancellationToken cancellationToken)
        {
            await EnterAsync(cancellationToken);
            return [new RankedHall(1, Nanma, 80m, new FigureSet { Scope = Scope.Town(Nanma), Period = period })];
        }

        public Task<LiveHallState> GetLiveAsync(string townCode, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<LiveHallState> GetCountyLiveAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<PagedResult<CaseRecord>> FindCasesAsync(CaseQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<TownSummary>> GetTownsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        private static TaskCompletionSource Open()
        {
            var open = new TaskCompletionSource();
            open.SetResult();
            return open;
        }

        private async Task EnterAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            await _gate.Task.WaitAsync(cancellationToken);
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("数据库不可用");
            }
        }
    }
}
