using System.Diagnostics;
using ErrorPage = Supervision.Web.Components.Pages.Error.Error;

namespace Supervision.Tests.Web.Components.Pages.Error;

public sealed class ErrorPageTests : MudComponentTest
{
    [Fact]
    public void Error_page_explains_in_chinese_and_links_back_to_the_overview()
    {
        var cut = Context.Render<ErrorPage>();

        Assert.Equal("出错了", cut.Find("h4").TextContent);
        Assert.Contains("处理请求时发生错误", cut.Markup);
        Assert.Equal("/", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void Error_page_shows_the_request_id_for_the_administrator()
    {
        Activity.Current = null;
        var context = new DefaultHttpContext { TraceIdentifier = "req-42" };

        var cut = Context.Render<ErrorPage>(p => p.AddCascadingValue<HttpContext>(context));

        Assert.Equal("req-42", cut.Find("code").TextContent);
    }
}
