using Supervision.Tests.Web.Components.Fakes;

namespace Supervision.Tests.Web.Components.Pages;

/// <summary>The live layer as the list pages see it, and the checks every live list page shares.</summary>
public abstract partial class ListsWorld
{
    /// <summary>What the live layer delivers after a commit that changed these towns' figures (the notifier narrows it per subscriber).</summary>
    protected Task CommitAsync(params string[] towns) => Notifier.PublishAsync(FakeLiveNotifier.Update(Time.GetUtcNow(), changed: towns));

    /// <summary>Waits until the page follows the live layer for <paramref name="town"/> (null: the county); subscriptions start after the first render.</summary>
    protected void WaitForSubscription<TPage>(IRenderedComponent<TPage> cut, string? town) where TPage : IComponent =>
        WaitFor(cut, () => Assert.Equal(town, Assert.Single(Notifier.Active).Town));

    /// <summary>Picks a hall (or, with <see cref="ScopeSelect.CountyValue"/>, the county) as the reader would.</summary>
    protected static Task ChooseScopeAsync<TPage>(IRenderedComponent<TPage> cut, string scope) where TPage : class, IComponent =>
        cut.InvokeAsync(() => cut.FindComponent<ScopeSelect>().Instance.ValueChanged.InvokeAsync(scope));

    /// <summary>Picks a period in the page's shortcut picker or, on a page with a typed period, its text field.</summary>
    protected static Task ChoosePeriodAsync<TPage>(IRenderedComponent<TPage> cut, Period period) where TPage : class, IComponent =>
        cut.InvokeAsync(() => cut.FindComponents<PeriodPicker>() is [var picker, ..]
            ? picker.Instance.ValueChanged.InvokeAsync(period)
            : cut.FindComponent<PeriodField>().Instance.ValueChanged.InvokeAsync(period));

    /// <summary>Renders a page with a <see cref="ScopeSelect"/> and picks <paramref name="town"/>, waiting until it follows that town.</summary>
    protected async Task<IRenderedComponent<TPage>> RenderForTownAsync<TPage>(string town) where TPage : class, IComponent
    {
        var cut = RenderPage<TPage>();
        WaitForSubscription(cut, null);
        await ChooseScopeAsync(cut, town);
        WaitForSubscription(cut, town);
        return cut;
    }

    /// <summary>A page that reads the figures of its hall and period asks nothing when another hall commits.</summary>
    protected async Task AssertAnotherTownsCommitReadsNoFiguresAsync<TPage>() where TPage : class, IComponent
    {
        var cut = await RenderForTownAsync<TPage>(Nanma);
        WaitFor(cut, () => Assert.Equal((Scope.Town(Nanma), Period.Month(2020, 10)), Queries.FigureCalls[^1]));
        var calls = Queries.FigureCalls.Count;

        await CommitAsync(Lishan);

        Assert.Equal(calls, Queries.FigureCalls.Count);
    }

    /// <summary>A page that reads the figures of its hall and period asks again for the same hall and period after a commit.</summary>
    protected async Task AssertRefreshKeepsHallAndPeriodAsync<TPage>() where TPage : class, IComponent
    {
        var cut = await RenderForTownAsync<TPage>(Nanma);
        await ChoosePeriodAsync(cut, Period.Month(2020, 9));
        WaitFor(cut, () => Assert.Equal((Scope.Town(Nanma), Period.Month(2020, 9)), Queries.FigureCalls[^1]));
        var calls = Queries.FigureCalls.Count;

        await CommitAsync(Nanma);

        WaitFor(cut, () => Assert.Equal(calls + 1, Queries.FigureCalls.Count));
        Assert.Equal((Scope.Town(Nanma), Period.Month(2020, 9)), Queries.FigureCalls[^1]);
        Assert.Equal("南麻街道", cut.Find(".scope-select input").GetAttribute("value"));
    }

    /// <summary>The page's live subscription (for <paramref name="town"/>) ends when the page is disposed.</summary>
    protected async Task AssertUnsubscribesWhenDisposedAsync<TPage>(string? town) where TPage : class, IComponent
    {
        var cut = RenderPage<TPage>();
        WaitForSubscription(cut, town);
        var subscription = Notifier.Active[0];

        await Context.DisposeComponentsAsync();

        Assert.True(subscription.Disposed);
        Assert.Empty(Notifier.Active);
    }

    /// <summary>
    /// A target saved in 系统配置 while the county page is open is the one the headline card labelled
    /// <paramref name="label"/> shows after the page's next read (until then it shows <paramref name="before"/>).
    /// </summary>
    protected async Task AssertSavedTargetAppliesAtTheNextReadAsync<TPage>(string label, string before, string key, decimal value, string after)
        where TPage : class, IComponent
    {
        var cut = RenderPage<TPage>();
        WaitForSubscription(cut, null);
        WaitFor(cut, () => Assert.Equal(before, KpiTarget(cut, label)));

        await SaveSettingAsync(key, value);
        await CommitAsync(Nanma);

        WaitFor(cut, () => Assert.Equal(after, KpiTarget(cut, label)));
    }

    /// <summary>The target line (“目标 …”) of the headline card labelled <paramref name="label"/>.</summary>
    private static string KpiTarget<TPage>(IRenderedComponent<TPage> cut, string label) where TPage : IComponent =>
        cut.FindAll(".kpi-card").Single(c => c.QuerySelector(".figure-label")!.TextContent.Trim() == label)
            .QuerySelector(".kpi-target")!.TextContent.Trim();
}
