namespace Supervision.Domain.Events.Validation;

/// <summary>
/// Every reason an event can be refused for, in one place: the reader, the model invariants and the
/// reference validator must word the same problem the same way, because hall vendors match on them.
/// </summary>
internal static class EventReasons
{
    public const int MaxIdentifierLength = 64;
    public const int MaxTextLength = 500;
    public const int FutureToleranceMinutes = 10;

    public const string NotAnObject = "事件必须是 JSON 对象";
    public const string BadId = "id 必须是 1–64 个字符的字符串";
    public const string BadAt = "字段 \"at\" 必须是带时区偏移的 ISO-8601 时间";
    public const string AtInFuture = "\"at\" 晚于当前时间超过 10 分钟";
    public const string BadLevel = "字段 \"level\" 必须是 1–5 的整数";
    public const string BadDate = "字段 \"date\" 必须是 yyyy-MM-dd 格式的日期";
    public const string BadType = "字段 \"type\" 必须是字符串";
    public const string AtTooEarly = "\"at\" 早于 2019-01-01，不是有效的事件时间";

    public static string AttendanceDateOutOfWindow(int days) =>
        $"字段 \"date\" 必须在 \"at\" 当天前后 {days} 天以内";

    public static string Blank(string field) => $"字段 \"{field}\" 不能为空白";

    public static string InvisibleInIdentifier(string field) =>
        $"字段 \"{field}\" 不能含控制字符或不可见的格式字符（如双向文本控制符 U+202E）";

    public static string Missing(string field) => $"缺少字段 \"{field}\"";

    public static string UnknownType(string type) => $"未知事件类型 \"{type}\"";

    public static string BadIdentifier(string field) =>
        $"字段 \"{field}\" 必须是 1–{MaxIdentifierLength} 个字符的字符串";

    public static string BadText(string field) =>
        $"字段 \"{field}\" 必须是 1–{MaxTextLength} 个字符的字符串";

    public static string BadOptionalIdentifier(string field) =>
        $"字段 \"{field}\" 必须是 null 或 1–{MaxIdentifierLength} 个字符的字符串";

    public static string BadTextList(string field) =>
        $"字段 \"{field}\" 必须是字符串数组，每项 1–{MaxTextLength} 个字符";

    public static string EmptyTextList(string field) => $"字段 \"{field}\" 至少要有一项";

    public static string BadBoolean(string field) => $"字段 \"{field}\" 必须是 true 或 false";

    public static string BadEnum<TEnum>(string field, string value, IReadOnlyDictionary<string, TEnum> map) =>
        $"字段 \"{field}\" 的值 \"{value}\" 无效，应为 {Alternatives(map.Keys)}";

    public static string UnknownTown(string code) => $"未知镇街代码 \"{code}\"";
    public static string UnknownItem(string code) => $"未知事项编码 \"{code}\"";
    public static string UnknownWindow(string code) => $"未知窗口编码 \"{code}\"";
    public static string WindowOfOtherTown(string code, string town) => $"窗口 \"{code}\" 不属于镇街 {town}";
    public static string UnknownStaff(string id) => $"未知工作人员编号 \"{id}\"";
    public static string StaffOfOtherTown(string id, string town) => $"工作人员 \"{id}\" 不属于镇街 {town}";
    public static string UnknownDepartment(string code) => $"未知部门编码 \"{code}\"";

    public static string OutOfScope(string town, string scope) =>
        $"无权上报镇街 \"{town}\" 的事件：该 API 密钥仅限镇街 {scope}";

    /// <summary>"a、b 或 c" — how a Chinese sentence lists the allowed values.</summary>
    public static string Alternatives(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count <= 1
            ? string.Concat(list)
            : $"{string.Join("、", list.Take(list.Count - 1))} 或 {list[^1]}";
    }
}
