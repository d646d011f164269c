namespace Supervision.Tests.Web.Export;

public sealed class BadRequestTests(ExportAppFixture app) : IClassFixture<ExportAppFixture>
{
    [Theory]
    [InlineData("week=2020-W54", "2020 年没有第 54 周")]
    [InlineData("week=2020-40", "无法识别周")]
    [InlineData("month=2020-13", "月份 2020-13 不存在")]
    [InlineData("month=十月", "无法识别月份")]
    [InlineData("week=2020-W30", "是未来的时间段")]
    [InlineData("week=2020-W27", "尚未结束")]
    [InlineData("from=2020-06-10", "需要同时指定开始日期和结束日期")]
    [InlineData("from=2020-06-10&to=2020-06-01", "早于开始日")]
    [InlineData("from=2020-6-1&to=2020-06-10", "无法识别开始日期")]
    [InlineData("week=2020-W26&month=2020-06", "请且只能指定一种通报时间段")]
    [InlineData("", "请且只能指定一种通报时间段")]
    public async Task Issuing_with_a_bad_period_is_a_chinese_400_problem(string query, string expected)
    {
        using var response = await app.CreateClient("inspector").PostAsync($"/api/v1/bulletins?{query}", null);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Theory]
    [InlineData("/api/v1/bulletins/二〇二〇/1.xlsx", "年份")]
    [InlineData("/api/v1/bulletins/2020/-1.xlsx", "期号")]
    [InlineData("/api/v1/bulletins/2020/x.xlsx", "期号")]
    public async Task Downloading_with_a_malformed_number_is_a_400_problem(string path, string expected)
    {
        using var response = await app.CreateClient("inspector").GetAsync(path);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Fact]
    public async Task Downloading_a_bulletin_never_issued_is_a_404_problem()
    {
        using var response = await app.CreateClient("inspector").GetAsync("/api/v1/bulletins/2019/7.xlsx");
        await AssertProblemAsync(response, HttpStatusCode.NotFound, "2019年第7期通报不存在");
    }

    [Theory]
    [InlineData("cases.xlsx?period=2020-W54", "period")]
    [InlineData("cases.xlsx?status=closed", "status")]
    [InlineData("cases.xlsx?card=green", "card")]
    [InlineData("cases.xlsx?town=999", "town")]
    [InlineData("cases.xlsx?period=2020-09", "period")]
    [InlineData("items.xlsx?period=2020-06", "town")]
    [InlineData("ranking.xlsx", "period")]
    [InlineData("staff.xlsx?from=2020-06-01", "to")]
    public async Task Exporting_with_bad_filters_is_a_chinese_400_naming_the_parameter(string path, string parameter)
    {
        using var response = await app.CreateClient("inspector").GetAsync($"/api/v1/exports/{path}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
        Assert.Equal("请求参数无效", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Exporting_an_unknown_table_is_a_404_problem()
    {
        using var response = await app.CreateClient("inspector").GetAsync("/api/v1/exports/passwords.xlsx");
        await AssertProblemAsync(response, HttpStatusCode.NotFound, "不支持导出“passwords”");
    }

    [Fact]
    public async Task A_town_leader_asking_for_the_county_bulletin_gets_403()
    {
        using var response = await app.CreateClient("leader-nanma").PostAsync("/api/v1/bulletins?week=2020-W26", null);
        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "无权印发或下载全县通报");
    }

    [Fact]
    public async Task A_town_leader_may_export_their_own_town_but_not_another_or_the_county()
    {
        using var client = app.CreateClient("leader-nanma");
        using var own = await client.GetAsync("/api/v1/exports/cases.xlsx?town=370323001");
        using var other = await client.GetAsync("/api/v1/exports/cases.xlsx?town=370323002");
        using var county = await client.GetAsync("/api/v1/exports/cases.xlsx");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        await AssertProblemAsync(other, HttpStatusCode.Forbidden, "370323002");
        await AssertProblemAsync(county, HttpStatusCode.Forbidden, "无权");
    }

    [Theory]
    [InlineData("cases")]
    [InlineData("reviews")]
    [InlineData("complaints")]
    [InlineData("staff")]
    [InlineData("items")]
    public async Task A_town_leader_cannot_export_another_towns_list(string table)
    {
        using var client = app.CreateClient("leader-nanma");
        using var own = await client.GetAsync($"/api/v1/exports/{table}.xlsx?town=370323001&period=2020-06");
        using var other = await client.GetAsync($"/api/v1/exports/{table}.xlsx?town=370323002&period=2020-06");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        await AssertProblemAsync(other, HttpStatusCode.Forbidden, "您无权导出镇（街道）370323002 的数据");
    }

    [Fact]
    public async Task A_town_leader_cannot_export_the_county_ranking()
    {
        using var response = await app.CreateClient("leader-nanma").GetAsync("/api/v1/exports/ranking.xlsx?period=2020-06");
        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "无权");
    }

    [Fact]
    public async Task The_big_screen_account_may_not_export()
    {
        using var response = await app.CreateClient("screen").GetAsync("/api/v1/exports/cases.xlsx");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Nobody_signed_in_may_issue_a_bulletin()
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.PostAsync("/api/v1/bulletins?week=2020-W26", null);
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Redirect });
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string expected)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
