namespace Supervision.Tests.Web.Export;

[Collection(JuneBulletin.Collection)]
public sealed class LibreOfficeConversionTests(SqliteJuneBulletin bulletin)
{
    [LibreOfficeFact]
    public async Task LibreOffice_converts_every_sheet_and_its_ranking_equals_the_figures_api()
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-csv-").FullName;
        try
        {
            var file = Path.Combine(folder, "通报.xlsx");
            await File.WriteAllBytesAsync(file, bulletin.File);
            var (exitCode, output) = await LibreOffice.ConvertAsync(file, LibreOffice.CsvFilter, folder);
            Assert.True(exitCode == 0, output);
            var sheets = new[] { "综述", "综合排名", "办件明细", "评价明细", "投诉明细", "逾期办件", "差评整改", "一次办不好投诉", "人员绩效", "试点进度" };
            Assert.All(sheets, s => Assert.True(File.Exists(Path.Combine(folder, $"通报-{s}.csv")), $"{s} 未转换：{output}"));

            // The ranking is printed as four tables, halls in the same order: read them side by side.
            var tables = new List<(List<string> Header, List<List<string>> Halls)>();
            foreach (var table in RankingTables.All)
            {
                var rows = LibreOffice.ParseCsv(await File.ReadAllTextAsync(Path.Combine(folder, $"通报-{table.Sheet}.csv")));
                var name = rows[2].IndexOf("镇（街道）");
                tables.Add((rows[2], rows.Skip(3).TakeWhile(r => r.Count > name && r[name].Length > 0).ToList()));
            }
            Assert.All(tables, t => Assert.Equal(12, t.Halls.Count));
            var halls = Enumerable.Range(0, 12).ToList();

            var (_, secret) = await bulletin.App.Services.GetRequiredService<ApiKeyService>()
                .CreateAsync("通报测试", null, ApiKeyScopes.Read, CancellationToken.None);
            using var client = bulletin.App.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", secret);
            var towns = TownCodes();
            foreach (var hall in halls)
            {
                string Csv(string column) => tables.First(t => t.Header.Contains(column)) is var t ? t.Halls[hall][t.Header.IndexOf(column)] : "";
                var api = await client.GetFromJsonAsync<JsonElement>($"/api/v1/figures?scope=town:{towns[Csv("镇（街道）")]}&period={JuneBulletin.Week}");
                var figures = api.GetProperty("figures");
                Assert.Equal(Decimal(api.GetProperty("score")), Number(Csv("综合评分")));
                Assert.Equal(figures.GetProperty("accepted").GetInt32(), int.Parse(Csv("受理件数"), CultureInfo.InvariantCulture));
                Assert.Equal(figures.GetProperty("completed").GetInt32(), int.Parse(Csv("办结件数"), CultureInfo.InvariantCulture));
                foreach (var (column, field) in Shares)
                {
                    // A missed figure may be printed with more digits (97.96 % for ≥ 98 %): at one decimal it is the API's.
                    Assert.True(Share(figures.GetProperty(field).GetProperty("text").GetString()!) == Rounded(Share(Csv(column))),
                        $"{Csv("镇（街道）")} {column}：API {figures.GetProperty(field).GetProperty("text")}，表格 {Csv(column)}");
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly (string Column, string Field)[] Shares =
    [
        ("一窗受理事项覆盖率", "itemCoverage"), ("一窗受理办件占比", "caseShare"), ("即办率", "instantRate"), ("按时办结率", "onTimeRate"), ("初审按时上报率", "escalatedOnTimeRate"),
        ("一次办好率", "oneTripRate"), ("弃号率", "abandonmentRate"), ("好评率", "goodReviewRate"), ("评价率", "reviewRate"),
        ("差评整改率", "rectifiedOnTimeRate"), ("差评回访率", "followUpRate"), ("投诉按时响应率", "complaintRespondedOnTimeRate"),
        ("投诉按时办结率", "complaintResolvedOnTimeRate"), ("出勤率", "attendanceRate"),
    ];

    private static Dictionary<string, string> TownCodes() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed-data", "towns.json"))).RootElement
            .EnumerateArray().ToDictionary(x => x.GetProperty("name").GetString()!, x => x.GetProperty("code").GetString()!);

    /// <summary>“57.5%”, “100%”, “—” → 0.575, 1, null: LibreOffice drops trailing zeros the API keeps.</summary>
    private static decimal? Share(string text) =>
        text == "—" ? null : decimal.Parse(text.TrimEnd('%'), CultureInfo.InvariantCulture) / 100m;

    private static decimal? Rounded(decimal? share) => share is { } v ? Math.Round(v, 3, MidpointRounding.AwayFromZero) : null;

    private static decimal? Number(string text) => text == "—" ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    private static decimal? Decimal(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();
}
