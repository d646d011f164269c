using Microsoft.OpenApi;
using static Supervision.Domain.Events.EventVocabulary;

namespace Supervision.Web.ApiReference;

/// <summary>
/// The JSON Schema of every event type of contract v1 (docs/events.md), one component each, named after
/// the type (<c>ticket.issued</c> → <c>TicketIssuedEvent</c>). The reader (<c>EventBatchReader</c>) is
/// hand-written for speed, so the schemas are written here from the contract rather than inferred.
/// </summary>
public static class EventSchemas
{
    /// <summary>A field of an event: its name, its schema and whether a sender must give it.</summary>
    public sealed record Field(string Name, OpenApiSchema Schema, bool Required = true);

    /// <summary>One event type: wire name, Chinese name, the fields after the common four.</summary>
    public sealed record EventType(string Type, string Title, IReadOnlyList<Field> Fields)
    {
        public string SchemaId => string.Concat(Type.Split('.', '_').Select(p => char.ToUpperInvariant(p[0]) + p[1..])) + "Event";
    }

    public static IReadOnlyList<EventType> Types { get; } =
    [
        new(EventTypes.TicketIssued, "取号", [new("ticket", Id("号票")), new("category", Id("排队类别（自定义标识）"))]),
        new(EventTypes.TicketCalled, "叫号", [new("ticket", Id("号票")), new("window", Id("窗口编码（本镇街）")), new("staff", Id("工作人员编号（本镇街）"))]),
        new(EventTypes.TicketFinished, "办结离开", [new("ticket", Id("号票"))]),
        new(EventTypes.TicketAbandoned, "过号/放弃", [new("ticket", Id("号票"))]),
        new(EventTypes.CaseReceived, "收件（一次到场）", CaseVisit()),
        new(EventTypes.CaseSupplementRequested, "一次性告知", [new("case", Id("办件编号")), new("materials", TextList("需补正的材料", minItems: 1))]),
        new(EventTypes.CaseAccepted, "受理", CaseVisit()),
        new(EventTypes.CaseTransferred, "转办后台", [new("case", Id("办件编号")), new("department", Id("部门编码"))]),
        new(EventTypes.CasePaused, "特别程序（暂停计时）", [new("case", Id("办件编号")), new("reason", Text("暂停原因"))]),
        new(EventTypes.CaseResumed, "恢复计时", [new("case", Id("办件编号"))]),
        new(EventTypes.CaseEscalated, "上报县级", [new("case", Id("办件编号"))]),
        new(EventTypes.CaseCompleted, "办结", [new("case", Id("办件编号")), new("outcome", Vocabulary("办理结果", Outcomes.Keys))]),
        new(EventTypes.CaseIssued, "出件", [new("case", Id("办件编号")), new("window", Id("出件窗口编码")), new("method", Vocabulary("领取方式", IssueMethods.Keys))]),
        new(EventTypes.CaseRefused, "不予受理",
        [
            new("case", Id("办件编号")),
            new("reason", Nullable(Text("不予受理的理由；缺失或空白时仍接收，并列入数据质量")), Required: false),
            new("approvedBy", Nullable(Id("批准人；缺失或为空即计为无权否决")), Required: false),
        ]),
        new(EventTypes.ReviewSubmitted, "评价",
        [
            new("review", Id("评价编号")),
            new("case", Nullable(Id("办件编号（可选）")), Required: false),
            new("window", Id("窗口编码（本镇街）")),
            new("staff", Id("工作人员编号（本镇街）")),
            new("level", Level()),
            new("channel", Vocabulary("评价渠道", ReviewChannels.Keys)),
            new("reasons", Nullable(TextList("差评原因；level 为 1 或 2 时必须填写，缺失时仍接收并列入数据质量", minItems: 0)), Required: false),
        ]),
        new(EventTypes.ReviewVerified, "差评核实", [new("review", Id("评价编号")), new("valid", Flag("差评是否属实"))]),
        new(EventTypes.ReviewRectified, "整改完成", [new("review", Id("评价编号"))]),
        new(EventTypes.ReviewFollowedUp, "回访", [new("review", Id("评价编号")), new("satisfied", Flag("是否满意"))]),
        new(EventTypes.ComplaintFiled, "投诉",
        [
            new("complaint", Id("投诉编号")),
            new("case", Nullable(Id("办件编号（可选）")), Required: false),
            new("category", Vocabulary("投诉类别", ComplaintCategories.Keys)),
            new("channel", Vocabulary("投诉渠道", ComplaintChannels.Keys)),
        ]),
        new(EventTypes.ComplaintResponded, "响应", [new("complaint", Id("投诉编号"))]),
        new(EventTypes.ComplaintResolved, "办结", [new("complaint", Id("投诉编号")), new("substantiated", Flag("是否属实"))]),
        new(EventTypes.ComplaintFollowedUp, "回访", [new("complaint", Id("投诉编号")), new("satisfied", Flag("是否满意"))]),
        new(EventTypes.StaffAttendance, "考勤",
        [
            new("staff", Id("工作人员编号（本镇街）")),
            new("date", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date", Description = "考勤日（yyyy-MM-dd，须在 at 当天前后 31 天以内）" }),
            new("status", Vocabulary("出勤状态", AttendanceStatuses.Keys)),
        ]),
    ];

    /// <summary>The schema of one event: the common fields, <c>type</c> fixed to its wire name, then its own fields.</summary>
    public static OpenApiSchema For(EventType type, JsonNode example)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["id"] = Id("事件编号，镇街内唯一；同一镇街重复上报只存一次"),
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Const = type.Type, Description = "事件类型" },
            ["town"] = Id("镇街代码，如 370323001"),
            ["at"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String, Format = "date-time",
                Description = "发生时间，ISO-8601，必须带时区偏移（如 2020-06-01T09:30:00+08:00）；不得晚于服务器时间 10 分钟以上，不得早于 2019-01-01",
            },
        };
        foreach (var field in type.Fields)
        {
            properties[field.Name] = field.Schema;
        }
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Title = $"{type.Type} {type.Title}",
            Description = "未列出的字段将被忽略；null 视同缺失。",
            Properties = properties,
            Required = new HashSet<string>(["id", "type", "town", "at", .. type.Fields.Where(f => f.Required).Select(f => f.Name)]),
            Examples = [example],
        };
    }

    private static List<Field> CaseVisit() =>
    [
        new("case", Id("办件编号")),
        new("item", Id("事项编码")),
        new("window", Id("窗口编码（本镇街）")),
        new("staff", Id("工作人员编号（本镇街）")),
        new("channel", Vocabulary("办理渠道", CaseChannels.Keys)),
    ];

    private static OpenApiSchema Id(string description) =>
        new() { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 64, Description = $"{description}（1–64 个字符，去除首尾空白，不得含不可见字符）" };

    private static OpenApiSchema Text(string description) =>
        new() { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 500, Description = $"{description}（1–500 个字符）" };

    private static OpenApiSchema TextList(string description, int minItems) =>
        new() { Type = JsonSchemaType.Array, MinItems = minItems, Items = Text("一项"), Description = description };

    private static OpenApiSchema Flag(string description) => new() { Type = JsonSchemaType.Boolean, Description = description };

    private static OpenApiSchema Level() =>
        new() { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = "5", Description = "评价等级：5 非常满意 · 4 满意 · 3 基本满意 · 2 不满意 · 1 非常不满意（1–2 为差评）" };

    private static OpenApiSchema Vocabulary(string description, IEnumerable<string> values) => new()
    {
        Type = JsonSchemaType.String,
        Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))],
        Description = $"{description}（小写，区分大小写）",
    };

    private static OpenApiSchema Nullable(OpenApiSchema schema)
    {
        schema.Type |= JsonSchemaType.Null;
        return schema;
    }
}
