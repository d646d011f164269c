using Supervision.Tests.Web.Ingestion;
using Supervision.Tests.Web.Queries;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Settings;

/// <summary>Two web nodes on one database: a revision saved on one comes into force on the other.</summary>
public sealed class SettingsAcrossNodesTests
{
    private static readonly AuditActor Admin = new("county-admin", null);

    [Fact]
    public async Task A_revision_saved_on_one_node_is_in_force_on_the_other_after_the_refresh_interval_of_the_real_clock()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var saver = QueryApp.Start(database, MonthOfEvents.Cutoff);
        using var other = QueryApp.Start(database, MonthOfEvents.Cutoff);
        var otherStore = other.Services.GetRequiredService<SettingsStore>();
        var changed = new TaskCompletionSource<SettingsSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        otherStore.Changed += changed.SetResult;

        var store = saver.Services.GetRequiredService<SettingsStore>();
        await store.SaveAsync(Admin, store.Current.Revision, store.Current.Settings.With("Activity:ComplaintResolveDays", 3m), "投诉办结时限改为 3 个工作日");
        Assert.Equal(1, otherStore.Current.Revision);

        // The interval runs on the real clock: the app's (simulator's) clock standing still does not hold it up.
        other.SystemClock.Advance(TimeSpan.FromSeconds(new SettingsRefreshOptions().RefreshSeconds));
        var inForce = await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((2, 3), (inForce.Revision, inForce.Settings.Activity.ComplaintResolveDays));
    }
}
