namespace Supervision.Domain.Events.Json;

/// <summary>Reads a contract-v1 request body <c>{"events":[…]}</c>.</summary>
public static class EventBatchReader
{
    /// <summary>The most events one request may carry; larger batches must be split by the sender.</summary>
    public const int MaxEvents = 10_000;

    private static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>
    /// Reads every event of the body and reports every problem of every event (index = position in
    /// the array, id when it is a string). Fields not in the contract are ignored, so that hall systems
    /// may send newer fields before the dashboard knows them.
    /// </summary>
    /// <param name="now">The server's clock; events stamped more than 10 minutes after it are refused.</param>
    /// <exception cref="EventBatchFormatException">The body is not UTF-8 JSON, has no <c>events</c> array or has more than <see cref="MaxEvents"/> events.</exception>
    public static EventBatchReadResult Read(ReadOnlyMemory<byte> utf8Json, DateTimeOffset now) =>
        Read(utf8Json, new EventIngestRules(now));

    /// <inheritdoc cref="Read(ReadOnlyMemory{byte}, DateTimeOffset)"/>
    /// <param name="rules">What events from outside must also satisfy (time range, attendance window, clean text).</param>
    public static EventBatchReadResult Read(ReadOnlyMemory<byte> utf8Json, EventIngestRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var bytes = utf8Json.Span;
        if (JsonBodyText.FirstInvalidUtf8(bytes) is var invalid and >= 0)
            throw new EventBatchFormatException(string.Format(
                ChineseCulture, "请求体不是有效的 UTF-8 编码（第 {0:N0} 个字节起无效），整批未写入。", invalid + 1));
        if (JsonBodyText.FirstLoneSurrogateEscape(bytes) is var lone and >= 0)
            throw new EventBatchFormatException(string.Format(
                ChineseCulture, "请求体第 {0:N0} 个字节处的 \\u 转义是孤立的代理项（\\uD800–\\uDFFF 必须成对出现），整批未写入。", lone + 1));

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException exception)
        {
            throw new EventBatchFormatException("请求体不是有效的 JSON。", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("events", out var array)
                || array.ValueKind != JsonValueKind.Array)
                throw new EventBatchFormatException("请求体必须是形如 {\"events\":[…]} 的 JSON 对象，且 events 为数组。");

            var count = array.GetArrayLength();
            if (count > MaxEvents)
                throw new EventBatchFormatException(string.Format(
                    ChineseCulture, "一次最多上报 {0:N0} 个事件，本次为 {1:N0} 个，请分批上报。", MaxEvents, count));

            var events = new List<HallEvent>(count);
            var errors = new List<EventError>();
            var problems = new List<string>();
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                problems.Clear();
                var parsed = EventParser.Parse(element, rules, problems, out var id);
                if (parsed is not null)
                    events.Add(parsed);
                foreach (var problem in problems)
                    errors.Add(new EventError(index, id, problem));
                index++;
            }
            return new EventBatchReadResult(events, errors);
        }
    }
}
