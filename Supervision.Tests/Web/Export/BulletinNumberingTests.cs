namespace Supervision.Tests.Web.Export;

public sealed class BulletinNumberingTests
{
    [Fact]
    public async Task Bulletins_are_numbered_one_after_another_within_a_year()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var client = app.CreateClient("inspector");

        var first = await IssueAsync(client, "week=2020-W25");
        var second = await IssueAsync(client, "week=2020-W26");
        var third = await IssueAsync(client, "month=2020-06");

        Assert.Equal([1, 2, 3], new[] { first, second, third }.Select(b => b.GetProperty("number").GetInt32()));
        Assert.All([first, second, third], b => Assert.Equal(2020, b.GetProperty("year").GetInt32()));
        Assert.EndsWith("2020年第3期", third.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Numbering_starts_again_at_one_in_a_new_year()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var client = app.CreateClient("inspector");
        await IssueAsync(client, "week=2020-W25");
        await IssueAsync(client, "week=2020-W26");

        app.Clock.SetUtcNow(new DateTimeOffset(2021, 1, 11, 9, 0, 0, TimeSpan.FromHours(8)));
        var january = await IssueAsync(client, "week=2020-W53");

        Assert.Equal(2021, january.GetProperty("year").GetInt32());
        Assert.Equal(1, january.GetProperty("number").GetInt32());
        Assert.Equal("/api/v1/bulletins/2021/1.xlsx?revision=0", january.GetProperty("download").GetString());
    }

    [Fact]
    public async Task History_lists_issued_bulletins_newest_first_with_who_generated_them()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var client = app.CreateClient("inspector");
        await IssueAsync(client, "week=2020-W25");
        await IssueAsync(client, "week=2020-W26");

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/bulletins");

        Assert.Equal([2, 1], list.EnumerateArray().Select(b => b.GetProperty("number").GetInt32()));
        Assert.All(list.EnumerateArray(), b => Assert.Equal("inspector", b.GetProperty("generatedBy").GetString()));
        Assert.Equal("2020-W26", list[0].GetProperty("period").GetString());
    }

    [Fact]
    public async Task A_downloaded_bulletin_is_the_file_that_was_issued()
    {
        await using var app = ExportApp.Create();
        await app.InitializeAsync();
        using var client = app.CreateClient("inspector");
        var issued = await IssueAsync(client, "week=2020-W26");

        using var first = await client.GetAsync(issued.GetProperty("download").GetString());
        using var second = await client.GetAsync(issued.GetProperty("download").GetString());

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal("通报2020年第1期.xlsx", first.Content.Headers.ContentDisposition?.FileNameStar);
    }

    private static async Task<JsonElement> IssueAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsync($"/api/v1/bulletins?{query}", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
