namespace Supervision.Tests.Web.Components.Pages;

/// <summary>The period shortcut picker as every list page with a period has it (the clock stands on Thursday 2020-10-15, week 42).</summary>
public abstract partial class ListsWorld
{
    private string Address => Context.Services.GetRequiredService<NavigationManager>().Uri;

    /// <summary>Opens <paramref name="path"/> (with any <c>?period=</c>) and renders the page once it shows its period.</summary>
    protected IRenderedComponent<TPage> RenderAt<TPage>(string path) where TPage : class, IComponent
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo(path);
        var cut = RenderPage<TPage>();
        WaitFor(cut, () => Assert.NotEmpty(cut.FindAll(".period-label")));
        return cut;
    }

    /// <summary>
    /// The six shortcuts are offered; 上周 is week 41, shown and kept in the address (and, for a page with
    /// figure cards, <paramref name="readsFigures"/>, the county's figures are read for it).
    /// </summary>
    protected void AssertLastWeekIsPickedIntoTheAddress<TPage>(string path, bool readsFigures) where TPage : class, IComponent
    {
        var cut = RenderAt<TPage>(path);
        Assert.Equal(["今天", "本周", "上周", "本月", "上月", "自定义"], cut.FindAll(".period-choice").Select(e => e.TextContent.Trim()));

        cut.Find(".period-lastweek").Click();

        WaitFor(cut, () => Assert.Equal("2020年第41周（10月5日—10月11日）", cut.Find(".period-label").TextContent));
        Assert.EndsWith($"{path}?period=2020-W41", Address, StringComparison.Ordinal);
        AssertFiguresReadFor(cut, readsFigures, Period.Week(2020, 41));
    }

    /// <summary>A period in the address is the one shown, with its shortcut pressed.</summary>
    protected void AssertThePeriodInTheAddressSelectsItsShortcut<TPage>(string path) where TPage : class, IComponent
    {
        var cut = RenderAt<TPage>($"{path}?period=2020-09");

        Assert.Equal("2020年9月", cut.Find(".period-label").TextContent);
        Assert.Contains("mud-toggle-item-selected", cut.Find(".period-lastmonth").ClassList);
    }

    /// <summary>自定义: both days typed into the range, the period is the range of days and goes into the address.</summary>
    protected void AssertCustomDatesCanBeTyped<TPage>(string path, bool readsFigures) where TPage : class, IComponent
    {
        var cut = RenderAt<TPage>(path);
        cut.Find(".period-custom").Click();

        var inputs = cut.FindAll(".period-range input");
        Assert.Equal(2, inputs.Count);
        inputs[0].Change("2020-10-01");
        cut.FindAll(".period-range input")[1].Change("2020-10-13");

        WaitFor(cut, () => Assert.Equal("2020年10月1日—2020年10月13日", cut.Find(".period-label").TextContent));
        Assert.EndsWith($"{path}?period=2020-10-01..2020-10-13", Uri.UnescapeDataString(Address), StringComparison.Ordinal);
        AssertFiguresReadFor(cut, readsFigures, Period.Range(new DateOnly(2020, 10, 1), new DateOnly(2020, 10, 13)));
    }

    private void AssertFiguresReadFor<TPage>(IRenderedComponent<TPage> cut, bool readsFigures, Period period) where TPage : class, IComponent
    {
        if (readsFigures)
        {
            WaitFor(cut, () => Assert.Equal((Scope.County, period), Queries.FigureCalls[^1]));
        }
    }
}
