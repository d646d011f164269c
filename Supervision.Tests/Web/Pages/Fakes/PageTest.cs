using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Figures;
using Supervision.Tests.Web.Components;
using Supervision.Web.Live;
using Supervision.Web.Queries;

namespace Supervision.Tests.Web.Pages.Fakes;

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

    protected PageTest()
    {
        Context.Services.AddSingleton<IFigureQueries>(Queries);
        Context.Services.AddSingleton<ILiveNotifier>(Notifier);
        Context.Services.AddSingleton<TimeProvider>(Time);
        Context.Services.AddSingleton(Options.Create(FigureTargets.Default));
    }
}
