using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Ingestion;

public sealed class ReferenceCatalogCacheTests
{
    [Fact]
    public async Task A_refused_batch_reloads_the_snapshot_it_used_only_once_that_snapshot_is_old_enough()
    {
        await using var database = await Supervision.Tests.Support.Databases.TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var time = new FakeTimeProvider();
        using var cache = new ReferenceCatalogCache(database.ContextFactory, time);
        var first = await cache.GetAsync(CancellationToken.None);

        Assert.Null(await cache.ReloadIfStaleAsync(first, CancellationToken.None));
        Assert.Same(first, await cache.GetAsync(CancellationToken.None));

        time.Advance(TimeSpan.FromSeconds(3));
        var fresh = await cache.ReloadIfStaleAsync(first, CancellationToken.None);

        Assert.NotNull(fresh);
        Assert.NotSame(first, fresh);
        Assert.Same(fresh, await cache.GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_second_batch_refused_against_the_old_snapshot_gets_the_newer_one_without_dropping_it()
    {
        await using var database = await Supervision.Tests.Support.Databases.TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var time = new FakeTimeProvider();
        using var cache = new ReferenceCatalogCache(database.ContextFactory, time);
        var first = await cache.GetAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(3));
        var fresh = await cache.ReloadIfStaleAsync(first, CancellationToken.None);

        Assert.Same(fresh, await cache.ReloadIfStaleAsync(first, CancellationToken.None));
        Assert.Same(fresh, await cache.GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Invalidating_makes_the_next_batch_load_a_new_snapshot()
    {
        await using var database = await Supervision.Tests.Support.Databases.TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var cache = new ReferenceCatalogCache(database.ContextFactory, new FakeTimeProvider());
        var first = await cache.GetAsync(CancellationToken.None);

        cache.Invalidate();

        Assert.NotSame(first, await cache.GetAsync(CancellationToken.None));
    }
}
