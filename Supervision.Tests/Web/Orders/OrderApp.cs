using Supervision.Tests.Support.Web;
using Supervision.Tests.Web.Export;

namespace Supervision.Tests.Web.Orders;

/// <summary>Shared steps of the order tests: raising, answering and reading orders through the API of an export app (<see cref="ExportApp"/>).</summary>
internal static class OrderApp
{
    public const string Nanma = "370323001";
    public const string Lishan = "370323002";

    public static readonly byte[] SmallPdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

    public static async Task<HttpResponseMessage> RaiseAsync(HttpClient client, string town, string source = "Manual", string? subject = null,
        string? problem = "窗口人员服务态度差", string? requirement = "约谈当事人并书面说明", int? days = 3) =>
        await client.PostAsJsonAsync("/api/v1/orders", new { town, source, subject, problem, requirement, deadlineDays = days });

    public static async Task<JsonElement> RaisedAsync(HttpClient client, string town, string source = "Manual", string? subject = null, int days = 3)
    {
        using var response = await RaiseAsync(client, town, source, subject, days: days);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<HttpResponseMessage> AnswerAsync(HttpClient client, string town, long id, string? measures, params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        if (measures is not null)
        {
            form.Add(new StringContent(measures), "measures");
        }
        foreach (var (name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "evidence", name);
        }
        return await client.PostAsync($"/api/v1/towns/{town}/orders/{id}/answer", form);
    }

    public static async Task<SupervisionOrder[]> StoredOrdersAsync(SupervisionWebApplicationFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        return await db.Set<SupervisionOrder>().AsNoTracking().OrderBy(o => o.Id).ToArrayAsync();
    }

    public static async Task<int> StoredEvidenceCountAsync(SupervisionWebApplicationFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        return await db.Set<OrderEvidence>().CountAsync();
    }

    /// <summary>The problem+json of a refused request: its status and every Chinese message in it.</summary>
    public static async Task<(int Status, string Text)> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var text = problem.GetProperty("detail").GetString() ?? "";
        if (problem.TryGetProperty("errors", out var errors))
        {
            text += string.Concat(errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(v => v.GetString()));
        }
        return ((int)response.StatusCode, text);
    }
}
