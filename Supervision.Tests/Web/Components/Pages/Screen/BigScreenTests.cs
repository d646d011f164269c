using Supervision.Tests.Web.Components.Fakes;
using Supervision.Web.Components.Pages.Screen;

namespace Supervision.Tests.Web.Components.Pages.Screen;

public sealed class BigScreenTests : PageTest
{
    public BigScreenTests()
    {
        Queries.Figures = (scope, period) => FakeFigureQueries.Empty(scope, period) with { Accepted = 2048, OnTimeRate = Ratio.Of(49, 50) };
    }

    private IRenderedComponent<BigScreen> RenderScreen(string uri = "screen")
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Context.Render<BigScreen>();
    }

    [Fact]
    public void Screen_opens_on_the_county_with_todays_totals()
    {
        var cut = RenderScreen();

        Assert.Contains("全县实时监管", cut.Find(".screen-title").TextContent);
        Assert.Equal("1 / 13", cut.Find(".screen-slide-no").TextContent);
        Assert.Equal("2,048", cut.Find(".tile-accepted .screen-tile-value").TextContent);
        Assert.Equal(12, cut.FindAll(".screen-county tr.hall-row").Count);
    }

    [Fact]
    public void After_the_interval_the_first_hall_is_shown()
    {
        var cut = RenderScreen();

        Time.Advance(TimeSpan.FromSeconds(15));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("沂源县一窗受理改革试点 · 南麻街道便民服务中心（试点）", cut.Find(".screen-title").TextContent);
            Assert.Equal("2 / 13", cut.Find(".screen-slide-no").TextContent);
        });
    }

    [Fact]
    public void Rotate_parameter_sets_the_interval()
    {
        var cut = RenderScreen("screen?rotate=30");

        Time.Advance(TimeSpan.FromSeconds(15));
        Assert.Contains("全县实时监管", cut.Find(".screen-title").TextContent);

        Time.Advance(TimeSpan.FromSeconds(15));
        cut.WaitForAssertion(() => Assert.Contains("南麻街道", cut.Find(".screen-title").TextContent));
    }

    [Fact]
    public async Task Live_update_changes_the_hall_on_screen()
    {
        var cut = RenderScreen();
        Time.Advance(TimeSpan.FromSeconds(15));

        await Notifier.PublishAsync(FakeLiveNotifier.Update(PageTest.Now,
            halls: [new HallNow("370323001", new LiveHallState("370323001", 9, 120, 2, 0, 0), 40, 17, 3, PageTest.Now)]));

        cut.WaitForAssertion(() => Assert.Equal("9", cut.Find(".screen-hall .tile-waiting .screen-tile-value").TextContent));
    }

    [Fact]
    public async Task Rotation_and_subscription_stop_with_the_page()
    {
        var cut = RenderScreen();
        Assert.Single(Notifier.Active);

        await Context.DisposeComponentsAsync();
        Time.Advance(TimeSpan.FromSeconds(15));

        Assert.Empty(Notifier.Active);
    }

    [Fact]
    public async Task Two_open_screens_compute_todays_figures_once_per_commit()
    {
        var first = RenderScreen();
        var second = RenderScreen();
        var shared = Context.Services.GetRequiredService<SharedFigureCache>();
        var (computations, countyReads) = (shared.Computations, CountyReads());

        await Notifier.PublishAsync(FakeLiveNotifier.Update(PageTest.Now, changed: ["370323001"]));

        // One county figure set and one hall ranking for both screens, before and after the commit.
        Assert.Equal((2, 1), (computations, countyReads));
        Assert.Equal((4, 2), (shared.Computations, CountyReads()));
        Assert.Equal(first.Find(".tile-accepted .screen-tile-value").TextContent, second.Find(".tile-accepted .screen-tile-value").TextContent);
    }

    [Fact]
    public async Task A_failed_live_re_read_keeps_the_figures_up_and_says_so_in_chinese()
    {
        // An hour per slide keeps the county on screen; a minute outlives the shared figures' maximum age.
        var cut = RenderScreen("screen?rotate=3600");
        Time.Advance(TimeSpan.FromMinutes(1));
        Queries.Figures = (_, _) => throw new InvalidOperationException("database is down");

        await Notifier.PublishAsync(FakeLiveNotifier.Update(Time.GetUtcNow(), changed: ["370323001"]));

        cut.WaitForAssertion(() => Assert.Equal("数据读取失败，页面仍显示 10:00:00 读取的数据；有新数据时将自动重试。", cut.Find(".screen-stale").TextContent));
        Assert.Equal("2,048", cut.Find(".tile-accepted .screen-tile-value").TextContent);
    }

    private int CountyReads()
    {
        lock (Queries.FigureCalls)
        {
            return Queries.FigureCalls.Count(c => c.Scope == Scope.County);
        }
    }
}
