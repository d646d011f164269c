using Supervision.Web.Components.Layout;
using Supervision.Tests.Web.Components.Fakes;

namespace Supervision.Tests.Web.Components.Layout;

public sealed class MainLayoutTests : MudComponentTest
{
    private readonly BunitAuthorizationContext _authorization;

    public MainLayoutTests()
    {
        _authorization = Context.AddAuthorization();
        Context.Services.AddSingleton<IAccessScope, HallAccess>();
        Context.Services.AddSingleton<IOrderCounts, NoOrderCounts>();
        Context.Services.AddSingleton<OrderChanges>();
        // The calendar banner's services; its own tests are in CalendarBannerTests.
        Context.Services.AddSingleton(new WorkingCalendar([]));
        Context.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2020, 10, 9, 2, 0, 0, TimeSpan.Zero)));
    }

    /// <summary>An inspector: the policies its role satisfies, as the real ones would decide.</summary>
    private void SignInInspector()
    {
        _authorization.SetAuthorized("inspector");
        _authorization.SetRoles(SupervisionRoles.Inspector);
        _authorization.SetPolicies(SupervisionPolicies.CountyView, SupervisionPolicies.TownView, SupervisionPolicies.BigScreen,
            SupervisionPolicies.Bulletins, SupervisionPolicies.Export);
    }

    private IRenderedComponent<MainLayout> RenderLayout(bool simulated = false)
    {
        Context.Services.AddSingleton<ISimulationStatus>(new Simulation(simulated));
        // The layout marks whether it runs in its circuit (browser tests wait for it).
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Context.Render<MainLayout>(p => p.Add(l => l.Body, "<p id=\"page-body\">页面内容</p>"));
    }

    [Fact]
    public void Layout_shows_the_platform_title_in_chinese()
    {
        var cut = RenderLayout();

        Assert.Contains("沂源县一窗受理改革试点监管平台", cut.Find(".mud-appbar").TextContent);
    }

    [Fact]
    public void Navigation_links_to_the_county_overview()
    {
        SignInInspector();
        var cut = RenderLayout();

        var link = cut.FindAll("a.mud-nav-link")[0];
        Assert.Equal("全县总览", link.TextContent.Trim());
        Assert.Equal("", link.GetAttribute("href"));
    }

    [Fact]
    public void Navigation_links_to_every_list_page_in_chinese()
    {
        SignInInspector();
        var cut = RenderLayout();

        var links = cut.FindAll("a.mud-nav-link").Skip(1).Take(8).Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("事项", "items"), ("办件", "cases"), ("好差评", "reviews"), ("一次办不好投诉", "complaints"), ("人员绩效", "staff"), ("办理时效", "processing-times"), ("试点进度", "pilot"), ("数据质量", "data-quality")],
            links);
    }

    [Fact]
    public void A_town_leader_is_offered_its_own_town_and_no_county_pages()
    {
        _authorization.SetAuthorized("leader-nanma");
        _authorization.SetRoles(SupervisionRoles.TownLeader);
        _authorization.SetClaims(new System.Security.Claims.Claim(SupervisionClaims.Town, "370323001"));
        _authorization.SetPolicies(SupervisionPolicies.TownView, SupervisionPolicies.Export);

        var cut = RenderLayout();

        var links = cut.FindAll("a.mud-nav-link").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("本镇街", "/towns/370323001"), ("办理时效", "processing-times"), ("督办单", "/towns/370323001/orders"), ("指标口径", "metrics")], links);
    }

    [Fact]
    public void Layout_renders_the_page_body()
    {
        var cut = RenderLayout();

        Assert.Equal("页面内容", cut.Find("#page-body").TextContent);
    }

    [Fact]
    public void Simulated_data_chip_is_shown_when_the_simulator_is_enabled()
    {
        var cut = RenderLayout(simulated: true);

        Assert.Equal("模拟数据", cut.Find(".simulated-data-chip").TextContent.Trim());
    }

    [Fact]
    public void Simulated_data_chip_is_hidden_when_the_simulator_is_disabled()
    {
        var cut = RenderLayout();

        Assert.Empty(cut.FindAll(".simulated-data-chip"));
        Assert.DoesNotContain("模拟数据", cut.Markup);
    }

    [Fact]
    public void The_signed_in_user_is_named_with_the_chinese_role_and_can_sign_out()
    {
        _authorization.SetAuthorized("inspector");
        _authorization.SetRoles(SupervisionRoles.Inspector);
        _authorization.SetClaims(new System.Security.Claims.Claim(SupervisionClaims.DisplayName, "王督查"));

        var cut = RenderLayout();

        Assert.Equal("王督查（督查员）", cut.Find(".user-name").TextContent);
        Assert.Equal("account/logout", cut.Find("form.logout-form").GetAttribute("action"));
    }

    [Fact]
    public void Administration_links_are_shown_to_administrators()
    {
        _authorization.SetAuthorized("county-admin");
        _authorization.SetPolicies(SupervisionPolicies.Admin);

        var cut = RenderLayout();

        Assert.Contains(cut.FindAll("a.mud-nav-link"), a => a.TextContent.Trim() == "用户管理");
    }

    [Fact]
    public void Administration_links_are_hidden_from_other_users()
    {
        _authorization.SetAuthorized("inspector");
        _authorization.SetRoles(SupervisionRoles.Inspector);

        var cut = RenderLayout();

        Assert.DoesNotContain(cut.FindAll("a.mud-nav-link"), a => a.TextContent.Trim() == "用户管理");
    }

    private sealed record Simulation(bool Enabled) : ISimulationStatus
    {
        public double Speed => 1;
        public DateTimeOffset SimulatedNow => DateTimeOffset.UnixEpoch;
        public bool Backfilling => false;
    }
}
