using System.Globalization;
using System.Text.Json;

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
    /// <exception cref="EventBatchFormatException">The body is not JSON, has no <c>events</c> array or has more than <see cref="MaxEvents"/> events.</exception>
    public static EventBatchReadResult Read(ReadOnlyMemory<byte> utf8Json, DateTimeOffset now)
    {
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
                var parsed = EventParser.Parse(element, now, problems, out var id);
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
