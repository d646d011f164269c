using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;

namespace Supervision.Tests.Domain.Events;

/// <summary>What the ingestion boundary refuses or neutralises on top of the contract (<see cref="EventIngestRules"/>).</summary>
public sealed class EventIngestRulesTests
{
    private const string Head = "\"town\":\"370323001\",\"at\":\"2020-06-01T09:30:00+08:00\"";

    private static EventBatchReadResult Read(string eventJson) =>
        EventBatchReader.Read(Encoding.UTF8.GetBytes($"{{\"events\":[{eventJson}]}}"), EventSamples.Now);

    private static string SingleReason(string eventJson)
    {
        var result = Read(eventJson);
        Assert.Empty(result.Events);
        return Assert.Single(result.Errors).Reason;
    }

    private static T SingleEvent<T>(string eventJson) where T : HallEvent
    {
        var result = Read(eventJson);
        Assert.Empty(result.Errors);
        return Assert.IsType<T>(Assert.Single(result.Events));
    }

    private static EventBatchFormatException Refused(string eventJson) =>
        Assert.Throws<EventBatchFormatException>(() => Read(eventJson.Replace("TOWN_AT", Head, StringComparison.Ordinal)));

    [Theory]
    [InlineData("""{"id":"x\udc00","type":"case.resumed",TOWN_AT,"case":"C1"}""")]
    [InlineData("""{"id":"x-1","type":"case.\ud800",TOWN_AT,"case":"C1"}""")]
    [InlineData("""{"id":"x-1","type":"case.resumed",TOWN_AT,"case":"C\ud800"}""")]
    [InlineData("""{"id":"x-1","type":"case.paused",TOWN_AT,"case":"C1","reason":"\ud83d"}""")]
    [InlineData("""{"id":"x-1","type":"case.supplement_requested",TOWN_AT,"case":"C1","materials":["\udfff"]}""")]
    [InlineData("""{"id":"x-1","type":"case.completed",TOWN_AT,"case":"C1","outcome":"\ud800"}""")]
    [InlineData("""{"id":"x-1","type":"case.resumed","town":"370323001","at":"2020-06-01T09:30:00+08:00\ud800","case":"C1"}""")]
    [InlineData("""{"id":"x-1","type":"case.resumed",TOWN_AT,"case":"C1","\ud800":"a field the contract ignores"}""")]
    [InlineData("""{"id":"x-1","type":"case.resumed",TOWN_AT,"case":"C1","note":"\ud800\u0041"}""")]
    public void A_lone_surrogate_escape_anywhere_makes_the_whole_body_unusable(string eventJson)
    {
        var exception = Refused(eventJson);

        Assert.Contains("转义是孤立的代理项（\\uD800–\\uDFFF 必须成对出现），整批未写入。", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusal_names_the_byte_where_the_lone_surrogate_starts()
    {
        const string body = """{"events":[{"id":"\ud800"}]}""";

        var exception = Assert.Throws<EventBatchFormatException>(() => EventBatchReader.Read(Encoding.UTF8.GetBytes(body), EventSamples.Now));

        Assert.StartsWith($"请求体第 {body.IndexOf('\\', StringComparison.Ordinal) + 1} 个字节处", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"x-1","type":"case.resumed",TOWN_AT,"case":"C\ud83d\ude00"}""", "C\U0001F600")]
    [InlineData("""{"id":"x-1","type":"case.resumed",TOWN_AT,"case":"C\\ud800"}""", "C\\ud800")]
    public void Surrogate_pairs_and_escaped_backslashes_are_not_lone_surrogates(string eventJson, string expectedCase)
    {
        var resumed = SingleEvent<CaseResumed>(eventJson.Replace("TOWN_AT", Head, StringComparison.Ordinal));

        Assert.Equal(expectedCase, resumed.Case);
    }

    [Fact]
    public void A_raw_0xFF_byte_makes_the_whole_body_unusable()
    {
        var body = Encoding.UTF8.GetBytes($$"""{"events":[{"id":"x-1","type":"case.resumed",{{Head}},"case":"C?"}]}""");
        body[Array.IndexOf(body, (byte)'?')] = 0xFF;

        var exception = Assert.Throws<EventBatchFormatException>(() => EventBatchReader.Read(body, EventSamples.Now));

        Assert.StartsWith("请求体不是有效的 UTF-8 编码", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"第 {Array.IndexOf(body, (byte)0xFF) + 1} 个字节", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_at_in_1900_is_refused()
    {
        var reason = SingleReason("""{"id":"x-1","type":"case.resumed","town":"370323001","at":"1900-01-01T09:30:00+08:00","case":"C1"}""");

        Assert.Equal("\"at\" 早于 2019-01-01，不是有效的事件时间", reason);
    }

    [Fact]
    public void A_store_event_from_1900_can_still_be_read_back()
    {
        var stored = EventJson.Deserialize("""{"id":"x-1","type":"case.resumed","town":"370323001","at":"1900-01-01T09:30:00+08:00","case":"C1"}""");

        Assert.Equal(1900, stored.At.Year);
    }

    [Fact]
    public void An_attendance_dated_9999_12_31_is_refused()
    {
        var reason = SingleReason($$"""{"id":"x-1","type":"staff.attendance",{{Head}},"staff":"S1","date":"9999-12-31","status":"present"}""");

        Assert.Equal("字段 \"date\" 必须在 \"at\" 当天前后 31 天以内", reason);
    }

    [Theory]
    [InlineData("2020-05-01", true)]
    [InlineData("2020-04-30", false)]
    [InlineData("2020-07-02", true)]
    [InlineData("2020-07-03", false)]
    public void An_attendance_date_may_lie_within_the_configured_window_of_the_day_of_at(string date, bool accepted)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"events":[{"id":"x-1","type":"staff.attendance",{{Head}},"staff":"S1","date":"{{date}}","status":"present"}]}""");

        var result = EventBatchReader.Read(body, new EventIngestRules(EventSamples.Now, AttendanceDateWindowDays: 31));

        Assert.Equal(accepted, result.IsValid);
    }

    [Theory]
    [InlineData("id", """{"id":"   ","type":"case.resumed",TOWN_AT,"case":"C1"}""")]
    [InlineData("category", """{"id":"x-1","type":"ticket.issued",TOWN_AT,"ticket":"A1","category":" \t "}""")]
    [InlineData("town", """{"id":"x-1","type":"case.resumed","town":"\u3000","at":"2020-06-01T09:30:00+08:00","case":"C1"}""")]
    [InlineData("case", """{"id":"x-1","type":"case.resumed",TOWN_AT,"case":"  "}""")]
    [InlineData("staff", """{"id":"x-1","type":"ticket.called",TOWN_AT,"ticket":"A1","window":"W1","staff":" "}""")]
    public void A_whitespace_only_identifier_is_refused(string field, string eventJson)
    {
        var reason = SingleReason(eventJson.Replace("TOWN_AT", Head, StringComparison.Ordinal));

        Assert.Equal($"字段 \"{field}\" 不能为空白", reason);
    }

    [Fact]
    public void Identifiers_are_trimmed()
    {
        var issued = SingleEvent<TicketIssued>($$"""{"id":" x-1 ","type":"ticket.issued",{{Head}},"ticket":"A1\n","category":"  综合受理"}""");

        Assert.Equal(("x-1", "A1", "综合受理"), (issued.Id, issued.Ticket, issued.Category));
    }

    [Theory]
    [InlineData("id", """{"id":"x\u00001","type":"case.resumed",TOWN_AT,"case":"C1"}""")]
    [InlineData("case", """{"id":"x-1","type":"case.resumed",TOWN_AT,"case":"C\u001b[31m1"}""")]
    [InlineData("category", """{"id":"x-1","type":"ticket.issued",TOWN_AT,"ticket":"A1","category":"\u202elive"}""")]
    [InlineData("window", """{"id":"x-1","type":"ticket.called",TOWN_AT,"ticket":"A1","window":"W\u20661","staff":"S1"}""")]
    [InlineData("staff", """{"id":"x-1","type":"ticket.called",TOWN_AT,"ticket":"A1","window":"W1","staff":"S\u200f1"}""")]
    public void A_control_or_bidi_character_in_an_identifier_is_refused(string field, string eventJson)
    {
        var reason = SingleReason(eventJson.Replace("TOWN_AT", Head, StringComparison.Ordinal));

        Assert.Equal($"字段 \"{field}\" 不能含控制字符或不可见的格式字符（如双向文本控制符 U+202E）", reason);
    }

    [Fact]
    public void Control_and_bidi_characters_in_free_text_are_removed_and_line_breaks_become_spaces()
    {
        var paused = SingleEvent<CasePaused>($$"""{"id":"x-1","type":"case.paused",{{Head}},"case":"C1","reason":"\u202elive\u202c 材料\r\n待补\u0007"}""");

        Assert.Equal("live 材料  待补", paused.Reason);
    }

    [Fact]
    public void A_bidi_override_in_review_reasons_and_materials_is_removed()
    {
        var requested = SingleEvent<CaseSupplementRequested>($$"""{"id":"x-1","type":"case.supplement_requested",{{Head}},"case":"C1","materials":["\u202e户口簿\u2069"]}""");

        Assert.Equal(["户口簿"], requested.Materials);
    }

    [Fact]
    public void Free_text_of_only_invisible_characters_is_refused_as_blank()
    {
        var reason = SingleReason($$"""{"id":"x-1","type":"case.paused",{{Head}},"case":"C1","reason":"\u202e\u0000 "}""");

        Assert.Equal("字段 \"reason\" 不能为空白", reason);
    }

    [Fact]
    public void An_event_built_in_code_with_a_bidi_override_in_its_subject_breaks_an_invariant()
    {
        var resumed = new CaseResumed { Id = "x-1", Town = "370323001", At = EventSamples.At, Case = "\u202eC1" };

        Assert.Equal(["字段 \"case\" 必须是 1–64 个字符的字符串"], resumed.GetInvariantViolations());
    }
}
