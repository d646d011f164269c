using Supervision.Web.Common;
using Supervision.Web.Data.Entities;
using Supervision.Web.Management;
using Supervision.Web.Orders;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Components.Pages.Admin;

/// <summary>
/// An audit entry's target and details in plain Chinese for the log page: each action kind the app writes
/// has its own sentence (「修改目标：按时办结率 ≥ 98% → ≥ 99%」, 「办件清单，南麻街道，2020年第41周」); anything
/// else reads as labelled pairs (<see cref="AuditPairs"/>), never as JSON.
/// </summary>
public static class AuditText
{
    public static string Details(AuditEntry entry, Func<string, string> townName)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(townName);
        if (string.IsNullOrWhiteSpace(entry.Details))
        {
            return "";
        }
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(entry.Details);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Not JSON: plain text written as such.
            return entry.Details;
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            return AuditPairs.Value("", root, townName);
        }
        try
        {
            return Sentence(entry.Action, root, townName) ?? AuditPairs.Of(root, townName);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            // Details of an older shape than the sentence expects: the pairs still read.
            return AuditPairs.Of(root, townName);
        }
    }

    /// <summary>The sentence for an action kind whose details have more to say than their pairs; null for the others.</summary>
    private static string? Sentence(string action, JsonElement root, Func<string, string> townName) => action switch
    {
        AuditActions.ConfigurationChanged => Configuration(root),
        AuditActions.Export => Export(root, townName),
        AuditActions.Bulletin => Bulletin(root),
        ManagementActions.ItemStationingChanged => Stationing(root),
        ManagementActions.PilotStandingChanged => Standing(root),
        OrderActions.Answered => Answer(root),
        OrderActions.Returned => $"退回原因：{AuditPairs.Text(root, "returnReason")}（第 {AuditPairs.Text(root, "returnCount")} 次退回）",
        OrderActions.Closed => AuditPairs.Flag(root, "closedOnTime") ? "按期销号" : "逾期销号",
        _ => null,
    };

    /// <summary>The target with town codes as names: 「南麻街道」, 「南麻街道 督办〔2020〕1号」, 「全县」.</summary>
    public static string Target(AuditEntry entry, Func<string, string> townName)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(townName);
        var target = entry.Target ?? "";
        return target switch
        {
            "" => "",
            "county" => "全县",
            _ when target.StartsWith("town:", StringComparison.Ordinal) => townName(target["town:".Length..]),
            _ when target.StartsWith("apikey:", StringComparison.Ordinal) => $"API 密钥 #{target["apikey:".Length..]}",
            _ when entry.Action == AuditActions.CalendarImported => $"{target}年节假日安排",
            _ when entry.Action == AuditActions.ConfigurationChanged => "系统配置",
            _ when target.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash && townName(target[..slash]) is var name && name != target[..slash] =>
                $"{name} {target[(slash + 1)..]}",
            _ => townName(target),
        };
    }

    /// <summary>「第 3 版：修改目标：按时办结率 ≥ 98% → ≥ 99%；说明：……」.</summary>
    private static string Configuration(JsonElement root)
    {
        List<string> changes = root.TryGetProperty("changes", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(Change).ToList()
            : [];
        var note = AuditPairs.Text(root, "note");
        if (note.Length > 0)
        {
            changes.Add(changes.Count > 0 ? $"说明：{note}" : note);
        }
        return $"第 {AuditPairs.Text(root, "revision")} 版：{string.Join("；", changes)}";
    }

    private static string Change(JsonElement change)
    {
        var (key, name) = (AuditPairs.Text(change, "field"), AuditPairs.Text(change, "name"));
        var (from, to) = (AuditPairs.Text(change, "from"), AuditPairs.Text(change, "to"));
        if (name.EndsWith("达标线", StringComparison.Ordinal))
        {
            return $"修改目标：{name[..^3]} ≥ {from} → ≥ {to}";
        }
        if (name.EndsWith("上限", StringComparison.Ordinal) && SettingFields.Find(key)?.Group == SettingGroup.Threshold)
        {
            return $"修改目标：{name[..^2]} ≤ {from} → ≤ {to}";
        }
        var group = SettingFields.Find(key) is { } field ? $"修改{field.Group.GroupName()}：" : "";
        return $"{group}{name} {from} → {to}";
    }

    /// <summary>「办件清单，南麻街道，2020年第41周（10月5日—10月11日），状态：超期办结」.</summary>
    private static string Export(JsonElement root, Func<string, string> townName)
    {
        var what = AuditPairs.Text(root, "what");
        var query = what.IndexOf('?', StringComparison.Ordinal) is >= 0 and var q ? what[(q + 1)..] : "";
        var file = what.IndexOf('?', StringComparison.Ordinal) is >= 0 and var end ? what[..end] : what;
        var table = file.EndsWith(".xlsx", StringComparison.Ordinal) ? file[..^5] : file;
        var scope = AuditPairs.Text(root, "scope");
        var parts = new List<string>
        {
            ExportTables.GetValueOrDefault(table, table),
            scope == "county" ? "全县" : scope.StartsWith("town:", StringComparison.Ordinal) ? townName(scope[5..]) : scope,
            PeriodLabel(AuditPairs.Text(root, "period")),
        };
        parts.AddRange(ExportFilterText(query));
        if (root.TryGetProperty("rows", out var rows) && rows.TryGetInt64(out var count))
        {
            parts.Add($"{ZhFormat.Count(count)} 行");
        }
        return string.Join("，", parts.Where(p => p.Length > 0));
    }

    private static readonly Dictionary<string, string> ExportTables = new(StringComparer.Ordinal)
    {
        ["cases"] = "办件清单", ["reviews"] = "好差评清单", ["complaints"] = "投诉清单", ["staff"] = "人员绩效",
        ["ranking"] = "镇街排名", ["items"] = "事项清单", ["meeting-pack"] = "周调度会材料",
    };

    /// <summary>The filters besides town and period, e.g. 「状态：超期办结」, 「督办牌：红牌」.</summary>
    private static IEnumerable<string> ExportFilterText(string query)
    {
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = eq < 0 ? (pair, "") : (pair[..eq], Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' ')));
            var text = key switch
            {
                "status" when Enum.TryParse<CaseStatusFilter>(value, ignoreCase: true, out var status) => $"状态：{CaseStatusFilters.Name(status)}",
                "card" => $"督办牌：{(value == "red" ? "红牌" : value == "yellow" ? "黄牌" : value)}",
                "item" => $"事项：{value}",
                "text" => $"关键词：{value}",
                "view" when value == "bottom" => "末位",
                "negative" when value == "true" => "仅差评",
                "from" => $"起：{value}",
                "to" => $"止：{value}",
                _ => "",
            };
            if (text.Length > 0)
            {
                yield return text;
            }
        }
    }

    /// <summary>「2020年第41周（10月5日—10月11日）」 for <c>2020-W41</c>; the text itself when it is no period.</summary>
    private static string PeriodLabel(string text)
    {
        if (text is "" or "全部")
        {
            return text;
        }
        if (text == "today")
        {
            return "今日";
        }
        try
        {
            return Period.Parse(text, DateTimeOffset.UnixEpoch).Label;
        }
        catch (Supervision.Domain.DomainException)
        {
            return text;
        }
    }

    /// <summary>「印发：2020年10月工作通报（2020年10月）」, with the revision and reason of a 更正 or 撤回.</summary>
    private static string Bulletin(JsonElement root)
    {
        var title = AuditPairs.Text(root, "title");
        var period = PeriodLabel(AuditPairs.Text(root, "period"));
        var operation = AuditPairs.Text(root, "operation");
        var text = $"{operation}：{title}" + (period.Length > 0 && !title.Contains(period, StringComparison.Ordinal) ? $"（{period}）" : "");
        if (root.TryGetProperty("revision", out var revision) && revision.TryGetInt32(out var r) && r > 0)
        {
            text += operation == "更正" ? $"，第 {r} 次更正" : $"（第 {r} 次更正版）";
        }
        var reason = AuditPairs.Text(root, "reason");
        return reason.Length > 0 ? $"{text}，原因：{reason}" : text;
    }

    /// <summary>「自2020年10月1日起：未进驻 → 进驻、纳入一窗」.</summary>
    private static string Stationing(JsonElement root) =>
        $"自{AuditPairs.Value("effectiveFrom", root.GetProperty("effectiveFrom"), t => t)}起："
        + $"{ItemStationingService.Describe(AuditPairs.Flag(root, "previouslyStationed"), AuditPairs.Flag(root, "previouslyEnabled"))} → "
        + ItemStationingService.Describe(AuditPairs.Flag(root, "stationed"), AuditPairs.Flag(root, "oneWindowEnabled"));

    /// <summary>「试点：否 → 是；推广日期：2021年1月1日 → 无」.</summary>
    private static string? Standing(JsonElement root)
    {
        if (!root.TryGetProperty("before", out var before) || !root.TryGetProperty("after", out var after))
        {
            return null;
        }
        string Part(string key, string label) =>
            $"{label}：{AuditPairs.Value(key, before.GetProperty(key), t => t)} → {AuditPairs.Value(key, after.GetProperty(key), t => t)}";
        return $"{Part("isPilot", "试点")}；{Part("rolloutDate", "推广日期")}";
    }

    /// <summary>「整改措施：……；证明材料：整改通知.pdf（12 KB）」.</summary>
    private static string Answer(JsonElement root)
    {
        List<string> files = root.TryGetProperty("evidence", out var evidence) && evidence.ValueKind == JsonValueKind.Array
            ? evidence.EnumerateArray().Select(f => $"{AuditPairs.Text(f, "name")}（{Kilobytes(f)}）").ToList()
            : [];
        var measures = $"整改措施：{AuditPairs.Text(root, "measures")}";
        return files.Count == 0 ? measures : $"{measures}；证明材料：{string.Join("、", files)}";
    }

    private static string Kilobytes(JsonElement file) =>
        file.TryGetProperty("length", out var length) && length.TryGetInt64(out var bytes)
            ? $"{Math.Max(1, (bytes + 1023) / 1024).ToString(CultureInfo.InvariantCulture)} KB"
            : "大小不详";
}
