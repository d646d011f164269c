using Supervision.Web.Common;
using Supervision.Web.Data.Entities;
using Supervision.Web.Security;

namespace Supervision.Web.Components.Pages.Admin;

/// <summary>
/// Audit details as labelled pairs, 「角色：镇街领导，镇街：南麻街道」: each known field name has a Chinese
/// label and its values their Chinese names (roles, enums, yes/no, dates); nested objects and lists are
/// spelled out the same way, so no brace or quote of the stored JSON reaches the page.
/// </summary>
public static class AuditPairs
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["displayName"] = "姓名", ["role"] = "角色", ["town"] = "镇街", ["name"] = "名称", ["scopes"] = "权限", ["prefix"] = "密钥前缀",
        ["source"] = "来源", ["offDays"] = "休息日天数", ["workdays"] = "调休上班天数",
        ["status"] = "状态", ["completedOn"] = "完成日期", ["note"] = "备注",
        ["result"] = "验收结果", ["evaluatedOn"] = "验收日期", ["evaluator"] = "验收人",
        ["subject"] = "督办对象", ["problem"] = "存在问题", ["requirement"] = "整改要求", ["deadlineDays"] = "整改时限（工作日）",
        ["deadline"] = "整改期限", ["state"] = "状态", ["measures"] = "整改措施", ["evidence"] = "证明材料",
        ["returnReason"] = "退回原因", ["returnCount"] = "退回次数", ["closedOnTime"] = "按期销号",
        ["id"] = "编号", ["fileName"] = "文件名", ["sha256"] = "SHA-256", ["length"] = "字节数",
        ["revision"] = "版本", ["changes"] = "修改", ["field"] = "配置项", ["from"] = "原值", ["to"] = "新值",
        ["effectiveFrom"] = "生效日期", ["stationed"] = "进驻", ["oneWindowEnabled"] = "纳入一窗",
        ["previouslyStationed"] = "原进驻", ["previouslyEnabled"] = "原纳入一窗",
        ["isPilot"] = "试点", ["rolloutDate"] = "推广日期", ["before"] = "修改前", ["after"] = "修改后",
        ["operation"] = "操作", ["title"] = "标题", ["period"] = "时段", ["scope"] = "范围", ["superseded"] = "被更正版本",
        ["reason"] = "原因", ["what"] = "内容", ["rows"] = "行数",
    };

    /// <summary>Every field of <paramref name="root"/> as 「标签：值」, joined by 「，」.</summary>
    public static string Of(JsonElement root, Func<string, string> townName) =>
        string.Join("，", root.EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .Select(p => $"{Labels.GetValueOrDefault(p.Name, p.Name)}：{Value(p.Name, p.Value, townName)}"));

    /// <summary>One value in Chinese; <paramref name="key"/> says what it is (a role, a town, an enum number).</summary>
    public static string Value(string key, JsonElement value, Func<string, string> townName)
    {
        ArgumentNullException.ThrowIfNull(townName);
        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => key == "town" ? "全县" : "无",
            JsonValueKind.True => "是",
            JsonValueKind.False => "否",
            JsonValueKind.Number => Number(key, value),
            JsonValueKind.String => String(key, value.GetString() ?? "", townName),
            JsonValueKind.Array => string.Join("、", value.EnumerateArray().Select(v => Value(key, v, townName))),
            _ => $"（{Of(value, townName)}）",
        };
    }

    /// <summary>A property as text ("" when absent or null), for the sentences of <see cref="AuditText"/>.</summary>
    public static string Text(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? "",
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => "",
        } : "";

    public static bool Flag(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.True;

    // Enums are stored as their numbers (the audit log's JSON has no enum converter).
    private static string Number(string key, JsonElement value) =>
        !value.TryGetInt32(out var n) ? value.GetRawText() : key switch
        {
            "source" => OrderNames.Of((OrderSource)n),
            "state" => OrderNames.Of((OrderState)n),
            "status" => ZhNames.Of((PilotTaskStatus)n),
            "result" => ZhNames.Of((PilotEvaluationResult)n),
            _ => ZhFormat.Count(n),
        };

    private static string String(string key, string text, Func<string, string> townName)
    {
        switch (key)
        {
            case "role":
                return SupervisionRoles.ChineseName(text);
            case "town":
                return townName(text);
            case "scopes":
                return Scopes(text);
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return ZhFormat.Date(day);
        }
        return text.Length > 10 && text[4] == '-' && text[10] == 'T'
               && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? ZhFormat.DateTime(instant)
            : text;
    }

    /// <summary>「上报事件、读取数据」 for the stored <c>Ingest, Read</c>.</summary>
    private static string Scopes(string text)
    {
        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Enum.TryParse<ApiKeyScopes>(s, out var scope) ? scope switch
            {
                ApiKeyScopes.Ingest => "上报事件",
                ApiKeyScopes.Read => "读取数据",
                ApiKeyScopes.None => "无",
                _ => s,
            } : s);
        return string.Join("、", names);
    }
}
