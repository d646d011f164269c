using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;

namespace Supervision.Tests.Web.Export;

/// <summary>June 2020 ingested, and the bulletin of ISO week 2020-W26 issued through the API and downloaded once.</summary>
public sealed class JuneBulletin : IAsyncLifetime
{
    /// <summary>The test classes that share one ingested June (ingesting takes a while).</summary>
    public const string Collection = "June 2020 bulletin";

    public const string Week = "2020-W26";

    public JuneExportApp App { get; } = new();

    public JsonElement Issued { get; private set; }

    public byte[] File { get; private set; } = [];

    public XLWorkbook OpenWorkbook() => new(new MemoryStream(File));

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        using var client = App.CreateClient("inspector");
        using var issued = await client.PostAsync($"/api/v1/bulletins?week={Week}", null);
        if (issued.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"印发失败：{(int)issued.StatusCode} {await issued.Content.ReadAsStringAsync()}");
        }
        Issued = await issued.Content.ReadFromJsonAsync<JsonElement>();
        File = await client.GetByteArrayAsync(Issued.GetProperty("download").GetString());
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)App).DisposeAsync();
}

[CollectionDefinition(JuneBulletin.Collection)]
public sealed class JuneBulletinCollection : ICollectionFixture<JuneBulletin>;
