using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Supervision.Web.Routing;

namespace Supervision.Web.ApiReference;

/// <summary>
/// Describes <c>POST /api/v1/events</c>: the batch, one schema and one example per event type (a request
/// example per type, each a batch of that one event), the answer and the problem+json errors with their
/// <c>errors</c> lists. The endpoint reads its body by hand, so nothing of this can be inferred.
/// </summary>
internal sealed class EventContractTransformer : IOpenApiDocumentTransformer
{
    public const string BatchSchemaId = "EventBatch";
    public const string ResultSchemaId = "IngestResult";
    public const string EventProblemSchemaId = "EventProblem";
    public const string HallDayProblemSchemaId = "HallDayProblem";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (document.Paths?.TryGetValue(ApiRoutes.Events, out var path) != true
            || path!.Operations?.TryGetValue(HttpMethod.Post, out var operation) != true)
        {
            return Task.CompletedTask;
        }
        document.Components ??= new OpenApiComponents();
        var schemas = document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();

        var examples = EventExamples.All.ToDictionary(e => e.Type, e => JsonNode.Parse(EventJson.Serialize(e))!);
        foreach (var type in EventSchemas.Types)
        {
            schemas[type.SchemaId] = EventSchemas.For(type, examples[type.Type].DeepClone());
        }
        schemas[BatchSchemaId] = BatchSchema(document);
        schemas[ResultSchemaId] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["stored"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "新存储的事件数" },
                ["duplicates"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "重复上报（同一镇街同一编号）未再存储的事件数" },
            },
            Required = new HashSet<string> { "stored", "duplicates" },
        };
        schemas[EventProblemSchemaId] = ProblemWithErrors(new Dictionary<string, IOpenApiSchema>
        {
            ["index"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "事件在 events 数组中的位置（从 0 起）" },
            ["id"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "事件编号（可读出时）" },
            ["reason"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "问题（中文）" },
        });
        schemas[HallDayProblemSchemaId] = ProblemWithErrors(new Dictionary<string, IOpenApiSchema>
        {
            ["town"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "镇街代码" },
            ["day"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date", Description = "大厅日（北京时间）" },
            ["reason"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "问题（中文）" },
        });

        operation!.Description =
            "上报事件（事件接口 v1，见 docs/events.md）。整批写入或整批不写入；同一镇街同一编号重复上报只存一次，计入 duplicates。" +
            "每批最多 10,000 个事件。Content-Type 必须是 UTF-8 的 application/json。";
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new()
                {
                    Schema = new OpenApiSchemaReference(BatchSchemaId, document),
                    Examples = EventSchemas.Types.ToDictionary(
                        t => t.Type,
                        t => (IOpenApiExample)new OpenApiExample
                        {
                            Summary = $"{t.Type} {t.Title}",
                            Value = new JsonObject { ["events"] = new JsonArray(examples[t.Type].DeepClone()) },
                        }),
                },
            },
        };
        var responses = operation.Responses ??= new OpenApiResponses();
        responses["200"] = Json("已写入（或全部为重复事件）", new OpenApiSchemaReference(ResultSchemaId, document));
        responses["400"] = ProblemResponses.Response(document, 400, "请求体格式错误，或事件校验未通过（errors 列出每个无效事件的全部问题）；整批未写入", EventProblemSchemaId);
        responses["403"] = ProblemResponses.Response(document, 403, "密钥无上报权限，或镇街密钥上报了其他镇街的事件（errors 列出这些事件）；整批未写入", EventProblemSchemaId);
        responses["413"] = ProblemResponses.Response(document, 413, "请求体超过字节上限；整批未写入");
        responses["415"] = ProblemResponses.Response(document, 415, "Content-Type 不是 UTF-8 的 application/json；整批未写入");
        responses["422"] = ProblemResponses.Response(document, 422, "本批将使某个大厅日的取号或受理数超过合理上限（errors 每个大厅日一项）；整批未写入", HallDayProblemSchemaId);
        responses["429"] = ProblemResponses.Response(document, 429, "密钥每分钟请求数，或密钥/镇街每分钟事件数已用完；按 Retry-After 秒数后重试。整批未写入");
        return Task.CompletedTask;
    }

    private static OpenApiSchema BatchSchema(OpenApiDocument document) => new()
    {
        Type = JsonSchemaType.Object,
        Description = "一批事件",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["events"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                MaxItems = EventBatchReader.MaxEvents,
                Items = new OpenApiSchema
                {
                    OneOf = [.. EventSchemas.Types.Select(t => (IOpenApiSchema)new OpenApiSchemaReference(t.SchemaId, document))],
                    Discriminator = new OpenApiDiscriminator
                    {
                        PropertyName = "type",
                        Mapping = EventSchemas.Types.ToDictionary(t => t.Type, t => new OpenApiSchemaReference(t.SchemaId, document)),
                    },
                },
            },
        },
        Required = new HashSet<string> { "events" },
    };

    private static OpenApiSchema ProblemWithErrors(Dictionary<string, IOpenApiSchema> entry) => new()
    {
        AllOf = [ProblemResponses.ProblemSchema()],
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = entry },
            },
        },
    };

    private static OpenApiResponse Json(string description, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
    };
}
