namespace Supervision.Tests.Web.Queries.Figures;

public sealed class PeriodRollupCacheTests
{
    private const string Town = "370323001";
    private static readonly PeriodRollupCache.Key June = new(null, new DateOnly(2020, 6, 1), new DateOnly(2020, 6, 30));

    private sealed class Notifications : IIngestionNotifications
    {
        public event Action<IngestionCommitted>? Committed;

        public void Commit(DateOnly day) =>
            Committed?.Invoke(new IngestionCommitted(new HashSet<string> { Town }, new HashSet<string>(), 1, DateTimeOffset.UnixEpoch,
                new HashSet<(string Town, DateOnly Day)> { (Town, day) }));
    }

    private static async Task<int> LoadsAfterAsync(Action<Notifications, FakeTimeProvider> between)
    {
        var notifications = new Notifications();
        var time = new FakeTimeProvider(new DateTimeOffset(2020, 7, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        using var cache = new PeriodRollupCache(notifications, time);
        var loads = 0;
        Task<PeriodRollupCache.Sums> Load(CancellationToken _)
        {
            loads++;
            return Task.FromResult(new PeriodRollupCache.Sums([], []));
        }
        await cache.GetAsync(June, Load, CancellationToken.None);
        between(notifications, time);
        await cache.GetAsync(June, Load, CancellationToken.None);
        return loads;
    }

    [Fact]
    public async Task Second_query_of_the_same_period_reads_nothing()
    {
        Assert.Equal(1, await LoadsAfterAsync((_, _) => { }));
    }

    [Fact]
    public async Task Commit_touching_a_day_of_the_period_makes_the_next_query_read_again()
    {
        Assert.Equal(2, await LoadsAfterAsync((n, _) => n.Commit(new DateOnly(2020, 6, 15))));
    }

    [Fact]
    public async Task Commit_touching_only_days_outside_the_period_keeps_the_sums()
    {
        Assert.Equal(1, await LoadsAfterAsync((n, _) => n.Commit(new DateOnly(2020, 7, 1))));
    }

    [Fact]
    public async Task Sums_older_than_the_maximum_age_are_read_again()
    {
        Assert.Equal(2, await LoadsAfterAsync((_, t) => t.Advance(PeriodRollupCache.MaxAge)));
    }

    [Fact]
    public async Task Concurrent_queries_of_the_same_period_share_one_read()
    {
        using var cache = new PeriodRollupCache(new Notifications(), new FakeTimeProvider());
        var gate = new TaskCompletionSource<PeriodRollupCache.Sums>(TaskCreationOptions.RunContinuationsAsynchronously);
        var loads = 0;
        Task<PeriodRollupCache.Sums> Load(CancellationToken _)
        {
            Interlocked.Increment(ref loads);
            return gate.Task;
        }

        var first = cache.GetAsync(June, Load, CancellationToken.None);
        var second = cache.GetAsync(June, Load, CancellationToken.None);
        gate.SetResult(new PeriodRollupCache.Sums([], []));

        Assert.Same(await first, await second);
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task A_read_running_when_a_commit_lands_is_not_kept()
    {
        var notifications = new Notifications();
        using var cache = new PeriodRollupCache(notifications, new FakeTimeProvider());
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loads = 0;
        async Task<PeriodRollupCache.Sums> Load(CancellationToken _)
        {
            if (Interlocked.Increment(ref loads) == 1)
            {
                await gate.Task;
            }
            return new PeriodRollupCache.Sums([], []);
        }

        var early = cache.GetAsync(June, Load, CancellationToken.None);
        notifications.Commit(new DateOnly(2020, 6, 15));
        gate.SetResult();
        await early;
        await cache.GetAsync(June, Load, CancellationToken.None);

        Assert.Equal(2, loads);
    }
}
