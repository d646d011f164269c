using Supervision.Tests.Web.Components;

namespace Supervision.Tests.Web.Components.Fakes;

/// <summary>
/// Base for dashboard page tests: fake read side and live layer, default targets, and a fake clock
/// at Friday 2020-10-09 10:00 China time.
/// </summary>
public abstract class PageTest : MudComponentTest
{
    internal static readonly DateTimeOffset Now = new(2020, 10, 9, 10, 0, 0, TimeSpan.FromHours(8));

    internal FakeFigureQueries Queries { get; } = new();

    internal FakeLiveNotifier Notifier { get; } = new();

    internal FakeTimeProvider Time { get; } = new(Now);

    internal FakeTownDetailQueries Details { get; } = new();

    internal FakeTrendQueries Trends { get; } = new();

    /// <summary>Signed in as an inspector (county reach) unless a test signs in as someone else.</summary>
    internal BunitAuthorizationContext Authorization { get; }

    internal TownPageOptions TownPage { get; } = new();

    protected PageTest()
    {
        Context.Services.AddSingleton<IFigureQueries>(Queries);
        Context.Services.AddSingleton<ILiveNotifier>(Notifier);
        Context.Services.AddSingleton<TimeProvider>(Time);
        Context.Services.AddSingleton<ITownDetailQueries>(Details);
        Context.Services.AddSingleton<ITrendQueries>(Trends);
        Context.Services.AddSingleton<ISettingsProvider>(new FixedSettingsProvider());
        Context.Services.AddSingleton<IIngestionNotifications>(Notifier.Commits);
        Context.Services.AddSingleton<SharedFigureCache>();
        Context.Services.AddSingleton<IAccessScope, HallAccess>();
        Context.Services.AddSingleton<IExportAccess>(sp => new ScopeExportAccess(sp.GetRequiredService<IAccessScope>()));
        Context.Services.AddSingleton<Supervision.Web.Export.Tables.ExportProgress>();
        Context.Services.AddScoped<CurrentUser>();
        Context.Services.AddSingleton<IOrderCounts, NoOrderCounts>();
        Context.Services.AddSingleton<OrderChanges>();
        Context.Services.AddSingleton(Options.Create(TownPage));
        Authorization = Context.AddAuthorization();
        Authorization.SetAuthorized("inspector");
        Authorization.SetRoles(SupervisionRoles.Inspector);
        // Pages render as they do in the app: interactively on the server.
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }
}
