using Supervision.Domain.Events;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Tests.Web.Components.Browser;

/// <summary>
/// The supervision loop in a real browser: the demo inspector raises an order from a red card of 南麻街道,
/// the demo town leader of 南麻 sees the badge and answers with measures and a small PDF, the inspector
/// returns it once and then closes it. A 历山街道 leader the administrator creates cannot see or answer
/// it, nor download its evidence, by page or API.
/// </summary>
public sealed class OrderBrowserTests() : BrowserTest(new DashboardServer(simulator: true, new Dictionary<string, string?> { ["Simulator__BackfillDays"] = "1" }))
{
    private const string Nanma = "370323001";
    private const string Lishan = "370323002";
    private const string RedCase = "C-NANMA-RED";
    private static readonly byte[] SmallPdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

    [ChromiumFact]
    public async Task An_order_raised_from_a_red_card_is_answered_returned_and_closed_and_another_town_is_kept_out()
    {
        var key = await Server.CreateApiKeyAsync(Nanma);
        await Server.PostEventsAsync(key, [RedCaseAccepted()]);
        var lishanPassword = await CreateLishanLeaderAsync();

        // The inspector raises the order from the case's red card.
        var inspector = await DashboardTour.NewPageAsync(Browser);
        await SignInAsync(inspector, "demo-inspector", "demo-inspector-2020", "/");
        await inspector.GotoAsync(Address($"cases/{Nanma}/{RedCase}"));
        await Interactive(inspector);
        await inspector.ClickAsync("a.raise-order");
        await inspector.WaitForURLAsync(url => url.Contains("/orders/new", StringComparison.Ordinal));
        await Interactive(inspector);
        // Bad input is refused in Chinese and raises nothing: the order that is raised is the year's first.
        await inspector.ClickAsync("button.order-submit");
        await Expect(inspector.Locator(".order-error")).ToContainTextAsync("请填写整改要求");
        await inspector.FillAsync("#order-requirement", "三个工作日内办结并说明超期原因");
        await inspector.FillAsync("#order-days", "-1");
        await inspector.ClickAsync("button.order-submit");
        await Expect(inspector.Locator(".order-error")).ToContainTextAsync("整改期限应为 1–60 个工作日");
        Assert.Contains("/orders/new", inspector.Url, StringComparison.Ordinal);
        await inspector.FillAsync("#order-days", "3");
        await inspector.ClickAsync("button.order-submit");
        await inspector.WaitForURLAsync(new Regex($"/towns/{Nanma}/orders/\\d+$"));
        var orderPath = new Uri(inspector.Url).AbsolutePath.TrimStart('/');
        await Expect(inspector.Locator(".order-state")).ToHaveTextAsync("待签收");
        await Expect(inspector.Locator(".order-label")).ToHaveTextAsync("督办〔2020〕1号");

        // The town leader sees the badge and answers with measures and a small evidence file.
        var leader = await DashboardTour.NewPageAsync(Browser);
        await SignInAsync(leader, "demo-town", "demo-town-2020", $"/towns/{Nanma}");
        await Expect(leader.Locator(".orders-badge")).ToContainTextAsync("1");
        await leader.Locator($"a[href$='towns/{Nanma}/orders']").First.ClickAsync();
        await leader.ClickAsync("a.order-link");
        await leader.WaitForURLAsync(url => url.EndsWith(orderPath, StringComparison.Ordinal));
        await Interactive(leader);
        await leader.SetInputFilesAsync("input.evidence-input", new FilePayload { Name = "setup.exe", MimeType = "application/octet-stream", Buffer = [0x4D, 0x5A, 0x90, 0x00] });
        await Expect(leader.Locator(".order-error")).ToContainTextAsync("类型不允许上传");
        await Expect(leader.Locator(".chosen-files")).ToHaveCountAsync(0);
        await AnswerAsync(leader, "已办结，并约谈窗口人员", withEvidence: true);

        // The inspector returns it once, the leader answers again, the inspector closes it.
        await Reload(inspector);
        await inspector.FillAsync("#order-reason", "缺少办结凭证");
        await inspector.ClickAsync("button.order-return-button");
        await Expect(inspector.Locator(".order-state")).ToHaveTextAsync("整改中");
        await Expect(inspector.Locator(".order-return")).ToContainTextAsync("缺少办结凭证");
        await Reload(leader);
        await AnswerAsync(leader, "补充办结通知书和约谈记录", withEvidence: false);
        await Reload(inspector);
        var evidencePath = await inspector.Locator("a.evidence-link").GetAttributeAsync("href");
        await inspector.ClickAsync("button.order-close");
        await Expect(inspector.Locator(".order-state")).ToHaveTextAsync("已销号");
        await Reload(leader);
        await Expect(leader.Locator(".order-state")).ToHaveTextAsync("已销号");
        await Expect(leader.Locator(".answer-form")).ToHaveCountAsync(0);

        // 历山's leader: not by page, not by API, not by download.
        var lishan = await DashboardTour.NewPageAsync(Browser);
        await SignInAsync(lishan, "lishan-leader", lishanPassword, $"/towns/{Lishan}");
        await lishan.GotoAsync(Address(orderPath));
        await Expect(lishan.GetByText(new Regex("当前账号无权访问(此页面|该页面)"))).ToBeVisibleAsync();
        await lishan.GotoAsync(Address(orderPath.Replace(Nanma, Lishan, StringComparison.Ordinal)));
        await Expect(lishan.Locator(".order-missing")).ToBeVisibleAsync();
        Assert.DoesNotContain("三个工作日内办结", await lishan.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        var api = lishan.Context.APIRequest;
        Assert.Equal(403, (await api.GetAsync(Address("api/v1/" + orderPath))).Status);
        Assert.Equal(403, (await api.GetAsync(Address(evidencePath!.TrimStart('/')))).Status);
        var answer = await api.PostAsync(Address($"api/v1/{orderPath}/answer"), new()
        {
            Headers = new Dictionary<string, string> { ["Origin"] = Server.BaseAddress.ToString().TrimEnd('/') },
            Multipart = MultipartOf(api, "冒名反馈"),
        });
        Assert.Equal(403, answer.Status);
        // Its own leader still downloads the evidence.
        Assert.Equal(SmallPdf, await (await leader.Context.APIRequest.GetAsync(Address(evidencePath.TrimStart('/')))).BodyAsync());
    }

    private static IFormData MultipartOf(IAPIRequestContext api, string measures)
    {
        var form = api.CreateFormData();
        form.Set("measures", measures);
        return form;
    }

    private async Task AnswerAsync(IPage leader, string measures, bool withEvidence)
    {
        await leader.FillAsync("#order-measures-input", measures);
        if (withEvidence)
        {
            await leader.SetInputFilesAsync("input.evidence-input", new FilePayload { Name = "整改报告.pdf", MimeType = "application/pdf", Buffer = SmallPdf });
            await Expect(leader.Locator(".chosen-files")).ToContainTextAsync("整改报告.pdf");
        }
        await leader.ClickAsync("button.order-answer");
        await Expect(leader.Locator(".order-state")).ToHaveTextAsync("已反馈");
        await Expect(leader.Locator(".order-measures")).ToHaveTextAsync(measures);
        if (withEvidence)
        {
            await Expect(leader.Locator("a.evidence-link")).ToHaveTextAsync("整改报告.pdf");
        }
    }

    /// <summary>The administrator creates a 历山街道 leader on the users page; returns the one-time password.</summary>
    private async Task<string> CreateLishanLeaderAsync()
    {
        var admin = await DashboardTour.NewPageAsync(Browser);
        await SignInAsync(admin, "demo-admin", "demo-admin-2020", "/");
        await admin.GotoAsync(Address("admin/users"));
        await Interactive(admin);
        await admin.GetByLabel("用户名").FillAsync("lishan-leader");
        await admin.GetByLabel("姓名").FillAsync("历山测试领导");
        await ChooseAsync(admin, "角色", SupervisionRoles.ChineseName(SupervisionRoles.TownLeader));
        await ChooseAsync(admin, "镇街（仅镇街领导）", "历山街道");
        await admin.GetByText("新建并生成初始密码").ClickAsync();
        var password = (await admin.Locator(".one-time-secret .secret-value").InnerTextAsync()).Trim();
        await admin.Context.CloseAsync();
        return password;
    }

    private static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.Locator(".mud-select").Filter(new() { HasText = label }).Locator(".mud-input-control").First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(option, new() { Exact = true }).ClickAsync();
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    private async Task SignInAsync(IPage page, string userName, string password, string home)
    {
        await page.GotoAsync(Address("account/login"));
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button.account-submit");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.GotoAsync(Address(home.TrimStart('/')));
        await Interactive(page);
    }

    private static async Task Reload(IPage page)
    {
        await page.ReloadAsync();
        await Interactive(page);
    }

    /// <summary>Until the circuit is up, clicks reach nothing.</summary>
    private static Task Interactive(IPage page) =>
        Expect(page.Locator(".app-content[data-interactive='true']")).ToBeVisibleAsync(new() { Timeout = 60000 });

    private string Address(string path) => new Uri(Server.BaseAddress, path).ToString();

    /// <summary>Accepted on Mon 2020-09-21 with a 5-working-day limit: a red card long before the simulated clock's start (2020-10-12).</summary>
    private static HallEvent RedCaseAccepted() => new CaseAccepted
    {
        Id = "nanma-red-1", Town = Nanma, At = new DateTimeOffset(2020, 9, 21, 10, 0, 0, TimeSpan.FromHours(8)), Case = RedCase, Item = "RS-002",
        Window = $"{Nanma}-01", Staff = $"{Nanma}-S02", Channel = CaseChannel.Onsite,
    };
}
