namespace Supervision.Tests.Web.Hosting;

public sealed class StartupBannerTests
{
    private sealed class SignInLines : IStartupBannerLines
    {
        public IEnumerable<string> GetLines() => ["登录账号：admin"];
    }

    [Fact]
    public void Banner_names_the_listening_address_in_chinese()
    {
        var lines = StartupBanner.Compose(["http://localhost:5080"], []);

        Assert.Equal("监管平台已启动：http://localhost:5080", lines[0]);
    }

    [Theory]
    [InlineData("http://[::]:8080", "http://localhost:8080")]
    [InlineData("http://0.0.0.0:8080", "http://localhost:8080")]
    [InlineData("http://+:8080", "http://localhost:8080")]
    [InlineData("http://*:8080/", "http://localhost:8080")]
    [InlineData("http://192.0.2.7:8080", "http://192.0.2.7:8080")]
    public void Wildcard_bindings_are_shown_as_an_address_a_browser_can_open(string address, string expected)
    {
        Assert.Equal(expected, StartupBanner.BrowsableUrl(address));
    }

    [Fact]
    public void Banner_lists_each_address_once()
    {
        var lines = StartupBanner.Compose(["http://[::]:5080", "http://0.0.0.0:5080"], []);

        Assert.Equal("监管平台已启动：http://localhost:5080", lines[0]);
    }

    [Fact]
    public void Banner_includes_lines_added_by_other_features_after_the_address()
    {
        var lines = StartupBanner.Compose(["http://localhost:5080"], [new SignInLines()]);

        Assert.Equal(["监管平台已启动：http://localhost:5080", "登录账号：admin", "按 Ctrl+C 停止。"], lines);
    }

    [Fact]
    public void Banner_is_empty_when_the_server_listens_nowhere()
    {
        Assert.Empty(StartupBanner.Compose([], [new SignInLines()]));
    }
}
