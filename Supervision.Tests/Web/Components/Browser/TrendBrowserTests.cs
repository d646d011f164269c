using static Microsoft.Playwright.Assertions;

namespace Supervision.Tests.Web.Components.Browser;

/// <summary>
/// The county overview's trend charts on a 1366×768 laptop, over a week of simulated history: no point lies
/// beyond the app's today, and no two x-axis labels of a chart overlap, for 12 weeks and for 30 working days.
/// </summary>
public sealed partial class TrendBrowserTests() : BrowserTest(new DashboardServer(simulator: true, new Dictionary<string, string?> { ["Simulator__BackfillDays"] = "7" }))
{
    // Pairs of labels of one chart whose boxes intersect, as "第40周|第41周".
    private const string OverlappingLabels = """
        () => [...document.querySelectorAll('.trend-chart')].flatMap(chart => {
            const boxes = [...chart.querySelectorAll('g.mud-charts-xaxis text')]
                .filter(t => t.textContent.trim().length > 0)
                .map(t => ({ text: t.textContent, r: t.getBoundingClientRect() }));
            const pairs = [];
            for (let i = 0; i < boxes.length; i++)
                for (let j = i + 1; j < boxes.length; j++) {
                    const a = boxes[i].r, b = boxes[j].r;
                    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
                        pairs.push(boxes[i].text + '|' + boxes[j].text);
                }
            return pairs;
        })
        """;

    [ChromiumFact]
    public async Task The_overview_trend_plots_no_day_beyond_today_and_its_axis_labels_never_overlap_at_1366x768()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        page.SetDefaultTimeout(120_000);
        var (userName, password, _, _) = AccountBootstrapper.DemoAccounts.Single(a => a.Role == SupervisionRoles.CountyAdmin);
        await DashboardTour.SignInAsync(page, Server.BaseAddress, userName, password);

        // Today as the app sees it (the simulator's clock), from the overview's own heading.
        var heading = await page.Locator(".overview-today h6").InnerTextAsync();
        var match = TodayPattern().Match(heading);
        Assert.True(match.Success, heading);
        var today = new DateOnly(Int(match, 1), Int(match, 2), Int(match, 3));

        foreach (var (button, span) in new[] { (".trend-span-weeks", "Weeks"), (".trend-span-days", "WorkingDays") })
        {
            await page.Locator(button).ClickAsync();
            var panel = page.Locator($".trend-panel[data-span='{span}']");
            await Expect(panel.Locator(".trend-rate").First).ToBeVisibleAsync();
            var through = DateOnly.ParseExact(await panel.GetAttributeAsync("data-through") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.True(through < today, $"{span}: 趋势画到了 {through}，今天是 {today}");
            // Each line has at most one marker per plotted period, and the periods end before today.
            var labels = await panel.Locator(".trend-rate").First.Locator("g.mud-charts-xaxis text").AllTextContentsAsync();
            Assert.Equal(span == "Weeks" ? 12 : 30, labels.Count);

            Assert.Empty(await page.EvaluateAsync<string[]>(OverlappingLabels));
            await Shot(panel, $"overview-trend-{span}-1366x768");
        }

        // The hall's own trend (with the county to compare) and 办理时效 on the town page, and the page of its own.
        await page.GotoAsync(new Uri(Server.BaseAddress, "towns/370323001").ToString());
        var hall = page.Locator(".trend-panel[data-span='Weeks']");
        await Expect(hall.Locator(".trend-rate").First).ToBeVisibleAsync();
        Assert.Empty(await page.EvaluateAsync<string[]>(OverlappingLabels));
        await Expect(page.Locator(".hall-processing-link")).ToHaveAttributeAsync("href", new Regex("^/processing-times\\?scope=town%3A370323001&period="));
        await Shot(page.Locator(".hall-processing").Locator(".."), "town-processing-1366x768");
        await Shot(hall, "town-trend-1366x768");
        await page.Locator(".hall-processing-link").ClickAsync();
        await Expect(page.Locator(".processing-slowest tbody tr").First).ToBeVisibleAsync();
        await DashboardTour.ScreenshotAsync(page, "processing-times-1366x768");
    }

    private static Task Shot(ILocator element, string name) =>
        element.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(DashboardTour.ScreenshotFolder, name + ".png") });

    private static int Int(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"今日（(\d{4})年(\d{1,2})月(\d{1,2})日")]
    private static partial Regex TodayPattern();
}
