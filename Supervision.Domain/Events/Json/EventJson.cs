using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Supervision.Domain.Events.Validation;
using static Supervision.Domain.Events.EventVocabulary;

namespace Supervision.Domain.Events.Json;

/// <summary>
/// The canonical contract-v1 JSON of an event: fixed field order (id, type, town, at, then the type's
/// fields in contract order), optional fields written as explicit <c>null</c>, lists always written,
/// <c>at</c> with the offset it was reported with. The store keeps events in this form and reading it
/// back gives an equal event.
/// </summary>
public static class EventJson
{
    // Chinese stays readable in the store and in logs; HTML-sensitive characters are still escaped.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(HallEvent hallEvent)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            Write(writer, hallEvent);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A request body <c>{"events":[…]}</c> as hall systems post it.</summary>
    public static byte[] SerializeBatch(IEnumerable<HallEvent> events)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("events");
            foreach (var hallEvent in events)
                Write(writer, hallEvent);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads one event written by <see cref="Serialize"/> (or any valid contract-v1 event).</summary>
    /// <exception cref="FormatException">The JSON is not a valid contract-v1 event; the message lists why.</exception>
    public static HallEvent Deserialize(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Deserialize(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new FormatException("事件不是有效的 JSON。", exception);
        }
    }

    /// <inheritdoc cref="Deserialize(string)"/>
    public static HallEvent Deserialize(JsonElement element)
    {
        // No clock here: stored events are read long after they happened, and "future" is the
        // ingestion boundary's concern only.
        var problems = new List<string>();
        return EventParser.Parse(element, rules: null, problems, out _)
            ?? throw new FormatException($"事件无效：{string.Join("；", problems)}");
    }

    /// <exception cref="ArgumentException">An event type this contract version does not know, or an enum value outside the vocabulary.</exception>
    public static void Write(Utf8JsonWriter writer, HallEvent hallEvent)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(hallEvent);

        writer.WriteStartObject();
        writer.WriteString("id", hallEvent.Id);
        writer.WriteString("type", hallEvent.Type);
        writer.WriteString("town", hallEvent.Town);
        writer.WriteString("at", hallEvent.At);
        switch (hallEvent)
        {
            case TicketIssued e:
                writer.WriteString("ticket", e.Ticket);
                writer.WriteString("category", e.Category);
                break;
            case TicketCalled e:
                writer.WriteString("ticket", e.Ticket);
                writer.WriteString("window", e.Window);
                writer.WriteString("staff", e.Staff);
                break;
            case TicketEvent e:
                writer.WriteString("ticket", e.Ticket);
                break;

            case CaseReceived e:
                writer.WriteString("case", e.Case);
                writer.WriteString("item", e.Item);
                writer.WriteString("window", e.Window);
                writer.WriteString("staff", e.Staff);
                writer.WriteString("channel", Wire("channel", CaseChannels, e.Channel));
                break;
            case CaseSupplementRequested e:
                writer.WriteString("case", e.Case);
                WriteList(writer, "materials", e.Materials);
                break;
            case CaseAccepted e:
                writer.WriteString("case", e.Case);
                writer.WriteString("item", e.Item);
                writer.WriteString("window", e.Window);
                writer.WriteString("staff", e.Staff);
                writer.WriteString("channel", Wire("channel", CaseChannels, e.Channel));
                break;
            case CaseTransferred e:
                writer.WriteString("case", e.Case);
                writer.WriteString("department", e.Department);
                break;
            case CasePaused e:
                writer.WriteString("case", e.Case);
                writer.WriteString("reason", e.Reason);
                break;
            case CaseCompleted e:
                writer.WriteString("case", e.Case);
                writer.WriteString("outcome", Wire("outcome", Outcomes, e.Outcome));
                break;
            case CaseIssued e:
                writer.WriteString("case", e.Case);
                writer.WriteString("window", e.Window);
                writer.WriteString("method", Wire("method", IssueMethods, e.Method));
                break;
            case CaseRefused e:
                writer.WriteString("case", e.Case);
                writer.WriteString("reason", e.Reason);
                writer.WriteString("approvedBy", e.ApprovedBy);
                break;
            case CaseEvent e: // resumed, escalated
                writer.WriteString("case", e.Case);
                break;

            case ReviewSubmitted e:
                writer.WriteString("review", e.Review);
                writer.WriteString("case", e.Case);
                writer.WriteString("window", e.Window);
                writer.WriteString("staff", e.Staff);
                writer.WriteNumber("level", e.Level);
                writer.WriteString("channel", Wire("channel", ReviewChannels, e.Channel));
                WriteList(writer, "reasons", e.Reasons);
                break;
            case ReviewVerified e:
                writer.WriteString("review", e.Review);
                writer.WriteBoolean("valid", e.Valid);
                break;
            case ReviewFollowedUp e:
                writer.WriteString("review", e.Review);
                writer.WriteBoolean("satisfied", e.Satisfied);
                break;
            case ReviewEvent e: // rectified
                writer.WriteString("review", e.Review);
                break;

            case ComplaintFiled e:
                writer.WriteString("complaint", e.Complaint);
                writer.WriteString("case", e.Case);
                writer.WriteString("category", Wire("category", ComplaintCategories, e.Category));
                writer.WriteString("channel", Wire("channel", ComplaintChannels, e.Channel));
                break;
            case ComplaintResolved e:
                writer.WriteString("complaint", e.Complaint);
                writer.WriteBoolean("substantiated", e.Substantiated);
                break;
            case ComplaintFollowedUp e:
                writer.WriteString("complaint", e.Complaint);
                writer.WriteBoolean("satisfied", e.Satisfied);
                break;
            case ComplaintEvent e: // responded
                writer.WriteString("complaint", e.Complaint);
                break;

            case StaffAttendanceRecorded e:
                writer.WriteString("staff", e.Staff);
                writer.WriteString("date", e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteString("status", Wire("status", AttendanceStatuses, e.Status));
                break;

            default:
                throw new ArgumentException($"未知事件类型 \"{hallEvent.Type}\"", nameof(hallEvent));
        }
        writer.WriteEndObject();
    }

    private static string Wire<TEnum>(string field, IReadOnlyDictionary<string, TEnum> map, TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var (wire, member) in map)
        {
            if (EqualityComparer<TEnum>.Default.Equals(member, value))
                return wire;
        }
        throw new ArgumentException(EventReasons.BadEnum(field, value.ToString(), map), nameof(value));
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
            writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
