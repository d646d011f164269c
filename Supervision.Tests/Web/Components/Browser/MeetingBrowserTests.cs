using Supervision.Web.Export.MeetingPack;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Tests.Web.Components.Browser;

/// <summary>
/// The 南麻街道 leader preparing Monday's 调度会 (the simulator starts on Monday 2020-10-12 with a backfilled
/// week 41): the town page opens on 上周, every linked figure lands on exactly the cases it counts, the
/// meeting pack's workbook holds the figures the API gives, and another town's pack is refused everywhere.
/// </summary>
public sealed class MeetingBrowserTests() : BrowserTest(new DashboardServer(simulator: true, new Dictionary<string, string?> { ["Simulator__BackfillDays"] = "7" }))
{
    private const string Nanma = "370323001";
    private const string Lishan = "370323002";
    private const string LastWeek = "2020-W41";

    [ChromiumFact]
    public async Task The_nanma_leader_prepares_the_weekly_meeting_from_the_town_page()
    {
        var page = await DashboardTour.NewPageAsync(Browser);
        await SignInAsNanmaLeaderAsync(page);
        await Expect(page.Locator(".period-figures")).ToContainTextAsync("2020年第41周", new() { Timeout = 60000 });
        var api = await FiguresAsync(page, Nanma);

        // Every linked figure of the week: its list holds exactly the rows it counts.
        var links = await page.Locator(".period-figures a.kpi-drill").EvaluateAllAsync<string[][]>(
            "links => links.map(a => [a.getAttribute('href'), a.dataset.count])");
        Assert.Equal(5, links.Length);
        Assert.Contains(links, l => l[0].Contains("status=Late", StringComparison.Ordinal) && l[1] == Figure(api, "completedLate"));
        Assert.Contains(links, l => l[0].Contains("status=Accepted", StringComparison.Ordinal) && l[1] == Figure(api, "accepted"));
        Assert.Contains(links, l => l[0].Contains("status=Completed", StringComparison.Ordinal) && l[1] == Figure(api, "completed"));
        foreach (var (href, count) in links.Select(l => (l[0], l[1])))
        {
            await page.Locator($".period-figures a.kpi-drill[href='{href}']").ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/cases?", StringComparison.Ordinal));
            Assert.Contains($"period={LastWeek}", page.Url, StringComparison.Ordinal);
            await Expect(ListCount(page)).ToContainTextAsync(count == "0" ? "没有符合条件的办件" : $"共 {count} 条", new() { Timeout = 60000 });
            await page.GoBackAsync();
            await Expect(page.Locator(".period-figures")).ToContainTextAsync("2020年第41周", new() { Timeout = 60000 });
        }

        await ScreenshotsAsync(page, "meeting-town-page");

        // The meeting pack for last week: its print view and its workbook.
        await page.Locator("a.meeting-pack-button").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"/towns/{Nanma}/meeting?period={LastWeek}", StringComparison.Ordinal));
        await Expect(page.Locator(".meeting-pack .pack-figures")).ToBeVisibleAsync(new() { Timeout = 60000 });
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.meeting-pack-download").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"meeting-pack-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            using var workbook = new XLWorkbook(file);
            var figures = Rows(workbook.Worksheet(MeetingPackWorkbook.FiguresSheet));
            Assert.Equal(Figure(api, "accepted"), figures["受理件数"]);
            Assert.Equal(Figure(api, "completed"), figures["办结件数"]);
            Assert.Equal(Figure(api, "completedLate"), figures["超期办结"]);
            Assert.Equal(Figure(api, "negativeReviews"), figures["差评"]);
            Assert.Equal(Rate(api, "onTimeRate"), figures["按时办结率"]);
            Assert.Equal(Rate(api, "oneTripRate"), figures["一次办好率"]);
            Assert.Equal(Rate(api, "goodReviewRate"), figures["好评率"]);
        }
        finally
        {
            File.Delete(file);
        }

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await ScreenshotsAsync(page, "meeting-pack-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // Another town's pack: refused by the page, the API and the download.
        await page.GotoAsync(new Uri(Server.BaseAddress, $"towns/{Lishan}/meeting?period={LastWeek}").ToString());
        await Expect(page.GetByText(new Regex("当前账号无权访问(此页面|该页面)"))).ToBeVisibleAsync(new() { Timeout = 60000 });
        Assert.DoesNotContain("历山街道", await page.Locator("body").InnerTextAsync());
        var figuresResponse = await page.APIRequest.GetAsync(new Uri(Server.BaseAddress, $"api/v1/figures?scope=town:{Lishan}&period={LastWeek}").ToString());
        Assert.Equal(403, figuresResponse.Status);
        var packResponse = await page.APIRequest.GetAsync(new Uri(Server.BaseAddress, MeetingPackEndpoints.Address(Lishan, Supervision.Domain.Figures.Period.Week(2020, 41)).TrimStart('/')).ToString());
        Assert.Equal(403, packResponse.Status);
    }

    private static ILocator ListCount(IPage page) => page.Locator(".cases-table");

    private static async Task ScreenshotsAsync(IPage page, string name)
    {
        foreach (var (width, height) in new[] { (1366, 768), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await DashboardTour.ScreenshotAsync(page, $"{name}-{width}x{height}");
        }
        await page.SetViewportSizeAsync(1600, 1000);
    }

    private async Task<JsonElement> FiguresAsync(IPage page, string town)
    {
        var response = await page.APIRequest.GetAsync(new Uri(Server.BaseAddress, $"api/v1/figures?scope=town:{town}&period={LastWeek}").ToString());
        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("figures").Clone();
    }

    private static string Figure(JsonElement figures, string name) => figures.GetProperty(name).GetInt32().ToString(CultureInfo.InvariantCulture);

    /// <summary>A rate as the workbook stores it: the fraction of the one-decimal percent, or “—”.</summary>
    private static string Rate(JsonElement figures, string name) =>
        figures.GetProperty(name).GetProperty("value") is { ValueKind: JsonValueKind.Number } v
            ? (Math.Round(v.GetDecimal() * 100m, 1, MidpointRounding.AwayFromZero) / 100m).ToString("0.####", CultureInfo.InvariantCulture)
            : "—";

    /// <summary>The 本期 column by figure name: numbers as stored (invariant text), “—” as is.</summary>
    private static Dictionary<string, string> Rows(IXLWorksheet sheet)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in sheet.RowsUsed().Where(r => r.RowNumber() > 3))
        {
            var name = row.Cell(1).GetString();
            var value = row.Cell(2);
            if (name.Length > 0 && !rows.ContainsKey(name))
            {
                rows[name] = value.DataType == XLDataType.Number
                    ? ((decimal)value.GetDouble()).ToString("0.####", CultureInfo.InvariantCulture)
                    : value.GetString();
            }
        }
        return rows;
    }

    private async Task SignInAsNanmaLeaderAsync(IPage page)
    {
        await DashboardTour.SignInAsNanmaLeaderAsync(page, Server.BaseAddress);
        await Expect(page.Locator(".app-content[data-interactive='true']")).ToBeVisibleAsync(new() { Timeout = 60000 });
    }
}
