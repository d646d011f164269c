using Supervision.Domain.Events;
using Supervision.Tests.Support.Web;

namespace Supervision.Tests.Web.ApiReference;

public sealed class OpenApiDocumentTests(SupervisionWebApplicationFactory.WithAccounts app) : IClassFixture<SupervisionWebApplicationFactory.WithAccounts>
{
    [Fact]
    public async Task Every_request_example_in_the_document_is_accepted_by_its_endpoint()
    {
        var document = await DocumentAsync();
        using var hallSystem = app.CreateClient();
        hallSystem.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, await app.KeySecretAsync(TestApiKeys.IngestNanma));

        var posted = new List<string>();
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var examples = operation!["requestBody"]?["content"]?["application/json"]?["examples"]?.AsObject() ?? [];
                foreach (var (name, example) in examples)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path)
                    {
                        Content = new StringContent(example!["value"]!.ToJsonString(), Encoding.UTF8, "application/json"),
                    };
                    using var response = await hallSystem.SendAsync(request);

                    Assert.True(response.StatusCode == HttpStatusCode.OK,
                        $"{method} {path} 示例 {name}：{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    posted.Add(name);
                }
            }
        }

        Assert.Superset(EventTypes.All.ToHashSet(), posted.ToHashSet());
    }

    [Fact]
    public async Task Every_event_type_has_a_schema_and_an_example_that_fits_it()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var byType = schemas
            .Where(s => s.Value!["properties"]?["type"]?["const"] is not null)
            .ToDictionary(s => s.Value!["properties"]!["type"]!["const"]!.GetValue<string>(), s => s.Value!.AsObject());

        Assert.Equal(EventTypes.All.Order(StringComparer.Ordinal), byType.Keys.Order(StringComparer.Ordinal));
        foreach (var (type, schema) in byType)
        {
            var example = Assert.Single(schema["examples"]!.AsArray())!.AsObject();
            Assert.Equal(type, example["type"]!.GetValue<string>());
            var properties = schema["properties"]!.AsObject();
            Assert.All(example, field => Assert.True(properties.ContainsKey(field.Key), $"{type}：示例字段 {field.Key} 不在模式中"));
            Assert.All(schema["required"]!.AsArray(), field => Assert.True(example.ContainsKey(field!.GetValue<string>()), $"{type}：示例缺少必填字段 {field}"));
        }
        var requestExamples = document["paths"]![ApiRoutes.Events]!["post"]!["requestBody"]!["content"]!["application/json"]!["examples"]!.AsObject();
        Assert.Equal(EventTypes.All.Order(StringComparer.Ordinal), requestExamples.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_document_lists_the_query_endpoints_the_problem_answers_and_the_api_key_scheme()
    {
        var document = await DocumentAsync();
        var paths = document["paths"]!.AsObject();

        Assert.All(
            [ApiRoutes.Events, ApiRoutes.Figures, ApiRoutes.Cases, ApiRoutes.Towns, ApiRoutes.Town, ApiRoutes.TownLive,
             ApiRoutes.Settings, ApiRoutes.TableExport, ApiRoutes.Bulletins, ApiRoutes.BulletinDownload],
            path => Assert.True(paths.ContainsKey(path), $"文档缺少 {path}"));
        Assert.DoesNotContain(paths, p => !p.Key.StartsWith(ApiRoutes.ApiPrefix + "/", StringComparison.Ordinal));

        var ingest = paths[ApiRoutes.Events]!["post"]!;
        foreach (var status in new[] { "400", "401", "403", "413", "415", "422", "429" })
        {
            Assert.NotNull(ingest["responses"]![status]!["content"]!["application/problem+json"]);
        }
        Assert.Equal("ApiKey", Assert.Single(Assert.Single(ingest["security"]!.AsArray())!.AsObject()).Key);
        var scheme = document["components"]!["securitySchemes"]!["ApiKey"]!;
        Assert.Equal(("apiKey", "header", ApiKeyDefaults.Header),
            (scheme["type"]!.GetValue<string>(), scheme["in"]!.GetValue<string>(), scheme["name"]!.GetValue<string>()));

        var figures = paths[ApiRoutes.Figures]!["get"]!;
        Assert.Contains(figures["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "scope" && p["in"]!.GetValue<string>() == "query");
        Assert.NotNull(figures["responses"]!["400"]!["content"]!["application/problem+json"]);
        Assert.NotNull(figures["responses"]!["401"]!["content"]!["application/problem+json"]);
    }

    private async Task<JsonObject> DocumentAsync()
    {
        using var admin = await app.SignInAsync("county-admin");
        return JsonNode.Parse(await admin.GetStringAsync(ApiRoutes.OpenApiV1))!.AsObject();
    }
}
