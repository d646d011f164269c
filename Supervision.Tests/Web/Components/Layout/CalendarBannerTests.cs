using Supervision.Tests.Domain.Calendar;
using Supervision.Web.Components.Layout;

namespace Supervision.Tests.Web.Components.Layout;

/// <summary>The banner over the shipped calendar, which keeps 2019–2026.</summary>
public sealed class CalendarBannerTests : MudComponentTest
{
    private readonly BunitAuthorizationContext _authorization;

    public CalendarBannerTests()
    {
        _authorization = Context.AddAuthorization();
        Context.Services.AddSingleton(SeedCalendar.Seeded);
    }

    private IRenderedComponent<CalendarBanner> RenderOn(int year, int month, int day, string policy)
    {
        _authorization.SetAuthorized("someone");
        _authorization.SetPolicies(policy);
        Context.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(SeedCalendar.Local(year, month, day, 9)));
        return Context.Render<CalendarBanner>();
    }

    [Fact]
    public void Admins_see_the_banner_from_1_november_when_next_year_has_no_calendar()
    {
        var banner = RenderOn(2026, 11, 1, SupervisionPolicies.Admin);

        Assert.StartsWith("尚未录入 2027 年的节假日安排", banner.Find(".calendar-banner").TextContent.Trim());
    }

    [Fact]
    public void Admins_see_no_banner_in_october_while_the_current_year_is_kept()
    {
        var banner = RenderOn(2026, 10, 31, SupervisionPolicies.Admin);

        Assert.Empty(banner.FindAll(".calendar-banner"));
    }

    [Fact]
    public void Other_users_see_no_banner()
    {
        var banner = RenderOn(2026, 11, 1, SupervisionPolicies.CountyView);

        Assert.Empty(banner.FindAll(".calendar-banner"));
    }
}
