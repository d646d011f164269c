using System.Threading.Channels;
using Supervision.Domain.Events;
using Supervision.Tests.Support;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Web.Ingestion;
using Supervision.Tests.Web.Queries;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.Live;

/// <summary>The notifier inside the app, on each provider: commits and the fake clock drive it, no real sleeps.</summary>
public abstract class LiveNotifierTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    // Y1 (5 working days, accepted Monday 06-22 10:00) is due Tuesday 06-30 17:30 (Sunday 06-28 is a make-up workday).
    private static readonly DateTimeOffset HalfHourBeforeDeadline = new(2020, 6, 30, 17, 0, 0, China);

    private TestDatabase? _database;
    private SupervisionWebApplicationFactory _app = null!;
    private readonly Channel<LiveUpdate> _updates = Channel.CreateUnbounded<LiveUpdate>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, migrate: false);
        _app = QueryApp.Start(_database, HalfHourBeforeDeadline);
        _app.Services.GetRequiredService<ILiveNotifier>().Subscribe(null, u => _updates.Writer.WriteAsync(u).AsTask());
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _app.DisposeAsync();
            await _database.DisposeAsync();
        }
    }

    [DatabaseFact]
    public async Task A_committed_batch_publishes_the_hall_and_its_new_alerts()
    {
        await _app.IngestAsync([Accepted("Y1")]);

        var update = await NextWithAsync(AlertKind.CardYellow);

        Assert.Equal(1, update.Halls["370323001"].Live.OpenYellowCards);
        Assert.Contains("370323001", update.FiguresChanged);
        // Names from the reference data, the deadline as the pages write it.
        Assert.Equal("黄牌预警：办件 Y1（城乡居民养老保险待遇申领，受理人董超）距办结时限不足 1 个工作日，时限为6月30日17:30。",
            update.Alerts.Single(a => a.Kind == AlertKind.CardYellow).Message);
    }

    [DatabaseFact]
    public async Task A_deadline_passing_without_any_event_raises_a_red_card_on_the_timer()
    {
        await _app.IngestAsync([Accepted("Y1")]);
        await NextWithAsync(AlertKind.CardYellow);

        _app.Clock.Advance(TimeSpan.FromMinutes(31));

        var update = await NextWithAsync(AlertKind.CardRed);
        Assert.Equal("case:370323001:Y1", update.Alerts.Single(a => a.Kind == AlertKind.CardRed).Subject);
        Assert.Equal(1, update.Halls["370323001"].Live.OpenRedCards);
        Assert.Equal([AlertKind.CardRed, AlertKind.CardYellow],
            _app.Services.GetRequiredService<ILiveNotifier>().RecentAlerts("370323001").Select(a => a.Kind));
    }

    [DatabaseFact]
    public async Task A_queue_alert_threshold_saved_while_running_applies_from_the_next_round()
    {
        await _app.IngestAsync([new TicketIssued
        {
            Id = "n-T1", Town = "370323001", At = HalfHourBeforeDeadline.AddMinutes(-5), Ticket = "A001", Category = "综合受理",
        }]);
        // The hall now has one waiting ticket (as in the other tests, the clock moves only after the batch's round).
        await _updates.Reader.ReadWithinAsync(Patience);
        var store = _app.Services.GetRequiredService<SettingsStore>();
        await store.SaveAsync(new AuditActor("county-admin", null), store.Current.Revision,
            store.Current.Settings.With("Figures:Targets:QueueAlertWaitMinutes", 10m), "等候超时预警改为 10 分钟");

        // Waited 11 minutes: past the new 10-minute threshold, well within the default 30.
        _app.Clock.Advance(TimeSpan.FromMinutes(6));

        var update = await NextWithAsync(AlertKind.QueueWaitAboveThreshold);
        Assert.Contains("超过 10 分钟仍未叫号", update.Alerts.Single(a => a.Kind == AlertKind.QueueWaitAboveThreshold).Message);
    }

    private async Task<LiveUpdate> NextWithAsync(AlertKind kind)
    {
        while (true)
        {
            var update = await _updates.Reader.ReadWithinAsync(Patience);
            if (update.Alerts.Any(a => a.Kind == kind))
            {
                return update;
            }
        }
    }

    private static CaseAccepted Accepted(string id) => new()
    {
        Id = $"n-{id}", Town = "370323001", At = new DateTimeOffset(2020, 6, 22, 10, 0, 0, China), Case = id, Item = "RS-002",
        Window = "370323001-01", Staff = "370323001-S02", Channel = CaseChannel.Onsite,
    };
}

public sealed class SqliteLiveNotifierTests() : LiveNotifierTests(DatabaseProvider.Sqlite);

public sealed class PostgresLiveNotifierTests() : LiveNotifierTests(DatabaseProvider.Postgres), IUsesPostgres;
