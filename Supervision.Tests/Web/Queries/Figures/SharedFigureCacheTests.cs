using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Activity;
using Supervision.Domain.Figures;
using Supervision.Domain.Settings;
using Supervision.Tests.Web.Components.Fakes;
using Supervision.Web.Data.Changes;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Queries.Settings;

namespace Supervision.Tests.Web.Queries.Figures;

public sealed class SharedFigureCacheTests : IDisposable
{
    private const string Nanma = "370323001";
    private static readonly DateTimeOffset Now = new(2020, 10, 9, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Period ThisWeek = Period.WeekOf(new DateOnly(2020, 10, 9));
    private static readonly Period June = Period.Month(2020, 6);

    private readonly GatedQueries queries = new();
    private readonly FakeIngestionNotifications commits = new();
    private readonly FixedSettingsProvider settings = new();
    private readonly FakeTimeProvider time = new(Now);
    private readonly SharedFigureCache cache;

    public SharedFigureCacheTests() => cache = new SharedFigureCache(queries, commits, settings, time);

    public void Dispose() => cache.Dispose();

    [Fact]
    public async Task Two_askers_of_the_same_figures_get_one_snapshot_computed_once()
    {
        queries.Hold();
        var first = cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);
        var second = cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);
        queries.Release();

        Assert.Same(await first, await second);
        Assert.Equal(1, queries.Calls);
    }

    [Fact]
    public async Task Today_so_far_asked_a_moment_apart_is_one_question()
    {
        var first = await cache.RankHallsAsync(Period.TodaySoFar(Now), CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Same(first, await cache.RankHallsAsync(Period.TodaySoFar(time.GetUtcNow()), CancellationToken.None));
        Assert.Equal(1, queries.Calls);
    }

    [Fact]
    public async Task A_commit_in_scope_makes_the_next_asker_compute_a_new_snapshot()
    {
        var before = await cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);

        commits.Commit(new HashSet<string> { Nanma }, Now);

        Assert.NotSame(before, await cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None));
        Assert.Equal(2, queries.Calls);
    }

    [Fact]
    public async Task A_commit_of_another_town_keeps_a_town_snapshot()
    {
        var before = await cache.GetFiguresAsync(Scope.Town(Nanma), ThisWeek, CancellationToken.None);

        commits.Commit(new HashSet<string> { "370323002" }, Now);

        Assert.Same(before, await cache.GetFiguresAsync(Scope.Town(Nanma), ThisWeek, CancellationToken.None));
    }

    [Fact]
    public async Task A_commit_of_todays_rollups_keeps_a_past_period()
    {
        var before = await cache.GetTrendAsync(Scope.County, June, CancellationToken.None);

        cache.Invalidate(new IngestionCommitted(new HashSet<string> { Nanma }, new HashSet<string>(), 1, Now,
            new HashSet<(string Town, DateOnly Day)> { (Nanma, new DateOnly(2020, 10, 9)) }));

        Assert.Same(before, await cache.GetTrendAsync(Scope.County, June, CancellationToken.None));
    }

    [Fact]
    public async Task A_computation_running_when_a_commit_lands_is_not_handed_to_later_askers()
    {
        queries.Hold();
        var early = cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);

        commits.Commit(new HashSet<string> { Nanma }, Now);
        var late = cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);
        queries.Release();

        Assert.NotSame(await early, await late);
        Assert.Equal(2, queries.Calls);
    }

    [Fact]
    public async Task A_snapshot_is_computed_again_after_max_age()
    {
        await cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);

        time.Advance(SharedFigureCache.MaxAge);
        await cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);

        Assert.Equal(2, queries.Calls);
    }

    [Fact]
    public async Task New_settings_in_force_make_the_next_asker_compute_again()
    {
        await cache.GetFiguresAsync(Scope.County, June, CancellationToken.None);

        settings.Current = new SettingsSnapshot(2, SupervisionSettings.Default);
        await cache.GetFiguresAsync(Scope.County, June, CancellationToken.None);

        Assert.Equal(2, queries.Calls);
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept()
    {
        queries.FailNext = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetFiguresAsync(Scope.County, June, CancellationToken.None));

        await cache.GetFiguresAsync(Scope.County, June, CancellationToken.None);

        Assert.Equal(2, queries.Calls);
    }

    [Fact]
    public async Task One_asker_giving_up_does_not_cancel_the_snapshot_the_others_wait_for()
    {
        queries.Hold();
        using var closedTab = new CancellationTokenSource();
        var leaving = cache.GetFiguresAsync(Scope.County, ThisWeek, closedTab.Token);
        var staying = cache.GetFiguresAsync(Scope.County, ThisWeek, CancellationToken.None);

        await closedTab.CancelAsync();
        queries.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        Assert.Equal(ThisWeek, (await staying).Period);
    }

    /// <summary>Answers with a new object per computation; can hold computations until released.</summary>
    private sealed class GatedQueries : IFigureQueries
    {
        private TaskCompletionSource gate = Open();
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public bool FailNext { get; set; }

        public void Hold() => gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => gate.TrySetResult();

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

        public async Task<IReadOnlyList<DailyPoint>> GetTrendAsync(Scope scope, Period period, CancellationToken cancellationToken)
        {
            await EnterAsync(cancellationToken);
            return period.Days().Select(d => new DailyPoint(d, 0, 0, Ratio.Empty, Ratio.Empty)).ToList();
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
            Interlocked.Increment(ref calls);
            await gate.Task.WaitAsync(cancellationToken);
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("数据库不可用");
            }
        }
    }
}
