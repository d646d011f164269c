using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;

namespace Supervision.Tests.Domain.Events;

public sealed class EventBatchReaderTests
{
    private const string ValidResumed = """{"id":"ok-1","type":"case.resumed","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1"}""";

    private static EventBatchReadResult ReadEvents(params string[] events) =>
        EventBatchReader.Read(Encoding.UTF8.GetBytes($"{{\"events\":[{string.Join(",", events)}]}}"), EventSamples.Now);

    private static EventError SingleError(string eventJson)
    {
        var result = ReadEvents(ValidResumed, eventJson);
        Assert.Single(result.Events);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Unknown_type_is_reported_with_index_id_and_the_type()
    {
        var error = SingleError("""{"id":"x-1","type":"case.foo","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1"}""");

        Assert.Equal(new EventError(1, "x-1", "未知事件类型 \"case.foo\""), error);
    }

    [Fact]
    public void Missing_type_specific_field_is_named()
    {
        var error = SingleError("""{"id":"x-1","type":"case.accepted","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","window":"370323001-01","staff":"370323001-S01","channel":"onsite"}""");

        Assert.Equal(new EventError(1, "x-1", "缺少字段 \"item\""), error);
    }

    [Fact]
    public void Null_required_field_counts_as_missing()
    {
        var error = SingleError("""{"id":"x-1","type":"case.transferred","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","department":null}""");

        Assert.Equal("缺少字段 \"department\"", error.Reason);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("3.5")]
    [InlineData("\"4\"")]
    public void Review_level_outside_one_to_five_is_refused(string level)
    {
        var error = SingleError($$"""{"id":"x-1","type":"review.submitted","town":"370323001","at":"2020-06-01T09:30:00+08:00","review":"R1","window":"370323001-01","staff":"370323001-S01","level":{{level}},"channel":"device"}""");

        Assert.Equal(new EventError(1, "x-1", "字段 \"level\" 必须是 1–5 的整数"), error);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",\"reasons\":[]")]
    [InlineData(",\"reasons\":null")]
    public void Negative_review_without_reasons_is_accepted_and_flagged_instead_of_refusing_the_batch(string reasons)
    {
        var result = ReadEvents($$"""{"id":"x-1","type":"review.submitted","town":"370323001","at":"2020-06-01T09:30:00+08:00","review":"R1","window":"370323001-01","staff":"370323001-S01","level":1,"channel":"sms"{{reasons}}}""");

        Assert.Empty(result.Errors);
        Assert.True(Assert.IsType<ReviewSubmitted>(Assert.Single(result.Events)).LacksReasons);
    }

    [Fact]
    public void Good_review_needs_no_reasons()
    {
        var result = ReadEvents("""{"id":"x-1","type":"review.submitted","town":"370323001","at":"2020-06-01T09:30:00+08:00","review":"R1","window":"370323001-01","staff":"370323001-S01","level":3,"channel":"online"}""");

        Assert.Empty(result.Errors);
        Assert.Empty(Assert.IsType<ReviewSubmitted>(Assert.Single(result.Events)).Reasons);
    }

    [Theory]
    [InlineData("2020-06-01T09:30:00")]
    [InlineData("2020-06-01 09:30:00+08:00")]
    [InlineData("2020-06-01")]
    [InlineData("yesterday")]
    public void Instant_without_offset_or_not_iso_is_refused(string at)
    {
        var error = SingleError($$"""{"id":"x-1","type":"case.resumed","town":"370323001","at":"{{at}}","case":"C1"}""");

        Assert.Equal(new EventError(1, "x-1", "字段 \"at\" 必须是带时区偏移的 ISO-8601 时间"), error);
    }

    [Theory]
    [InlineData("2020-06-01T01:30:00Z")]
    [InlineData("2020-06-01T09:30:00.125+08:00")]
    [InlineData("2020-05-31T20:30:00-05:00")]
    public void Instant_with_explicit_offset_is_accepted(string at)
    {
        var result = ReadEvents($$"""{"id":"x-1","type":"case.resumed","town":"370323001","at":"{{at}}","case":"C1"}""");

        Assert.Empty(result.Errors);
        Assert.Equal(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(result.Events).At);
    }

    [Fact]
    public void Instant_more_than_ten_minutes_after_now_is_refused()
    {
        // Now is 12:00 +08:00.
        var error = SingleError("""{"id":"x-1","type":"case.resumed","town":"370323001","at":"2020-06-01T12:10:01+08:00","case":"C1"}""");

        Assert.Equal(new EventError(1, "x-1", "\"at\" 晚于当前时间超过 10 分钟"), error);
    }

    [Fact]
    public void Instant_up_to_ten_minutes_after_now_is_tolerated_as_clock_skew()
    {
        var result = ReadEvents("""{"id":"x-1","type":"case.resumed","town":"370323001","at":"2020-06-01T04:10:00Z","case":"C1"}""");

        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("42")]
    [InlineData("\"0123456789012345678901234567890123456789012345678901234567890123X\"")]
    public void Bad_id_is_refused(string id)
    {
        var error = SingleError($$"""{"id":{{id}},"type":"case.resumed","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1"}""");

        Assert.Equal(1, error.Index);
        Assert.Equal("id 必须是 1–64 个字符的字符串", error.Reason);
    }

    [Fact]
    public void Unreadable_id_leaves_the_error_without_id()
    {
        var error = SingleError("""{"id":42,"type":"case.resumed","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1"}""");

        Assert.Null(error.Id);
    }

    [Fact]
    public void Missing_id_is_named_as_missing()
    {
        var error = SingleError("""{"type":"case.resumed","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1"}""");

        Assert.Equal(new EventError(1, null, "缺少字段 \"id\""), error);
    }

    [Fact]
    public void Invalid_enum_value_lists_the_allowed_values()
    {
        var error = SingleError("""{"id":"x-1","type":"case.received","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","item":"I","window":"W","staff":"S","channel":"x"}""");

        Assert.Equal(new EventError(1, "x-1", "字段 \"channel\" 的值 \"x\" 无效，应为 onsite、online 或 selfservice"), error);
    }

    [Fact]
    public void Invalid_boolean_is_refused()
    {
        var error = SingleError("""{"id":"x-1","type":"complaint.resolved","town":"370323001","at":"2020-06-01T09:30:00+08:00","complaint":"K1","substantiated":"yes"}""");

        Assert.Equal("字段 \"substantiated\" 必须是 true 或 false", error.Reason);
    }

    [Theory]
    [InlineData("2020-6-1")]
    [InlineData("2020-02-30")]
    [InlineData("2020-06-01T00:00:00+08:00")]
    public void Attendance_date_must_be_a_calendar_date(string date)
    {
        var error = SingleError($$"""{"id":"x-1","type":"staff.attendance","town":"370323001","at":"2020-06-01T09:30:00+08:00","staff":"S","date":"{{date}}","status":"present"}""");

        Assert.Equal("字段 \"date\" 必须是 yyyy-MM-dd 格式的日期", error.Reason);
    }

    [Fact]
    public void Supplement_request_needs_at_least_one_material()
    {
        var error = SingleError("""{"id":"x-1","type":"case.supplement_requested","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","materials":[]}""");

        Assert.Equal("字段 \"materials\" 至少要有一项", error.Reason);
    }

    [Fact]
    public void Non_object_event_is_refused_without_id()
    {
        var error = SingleError("\"case.resumed\"");

        Assert.Equal(new EventError(1, null, "事件必须是 JSON 对象"), error);
    }

    [Fact]
    public void Every_problem_of_an_event_is_reported()
    {
        var result = ReadEvents("""{"id":"x-1","type":"review.submitted","at":"2020-06-01T09:30:00","review":"R1","window":"W","level":1,"channel":"fax"}""");

        Assert.Empty(result.Events);
        Assert.Equal(
        [
            "缺少字段 \"town\"",
            "字段 \"at\" 必须是带时区偏移的 ISO-8601 时间",
            "缺少字段 \"staff\"",
            "字段 \"channel\" 的值 \"fax\" 无效，应为 device、qrcode、sms 或 online",
        ], result.Errors.Select(e => e.Reason));
        Assert.All(result.Errors, e => Assert.Equal((0, "x-1"), (e.Index, e.Id)));
    }

    [Fact]
    public void Errors_carry_the_position_of_their_event()
    {
        var result = ReadEvents(ValidResumed, """{"id":"b","type":"nope"}""", ValidResumed, """{"id":"d","type":"case.resumed","town":"370323001","at":"2020-06-01T09:30:00+08:00"}""");

        Assert.Equal([(1, "b"), (1, "b"), (1, "b"), (3, "d")], result.Errors.Select(e => (e.Index, e.Id)));
        Assert.Equal(2, result.Events.Count);
    }

    [Fact]
    public void Unknown_extra_fields_are_ignored()
    {
        var result = ReadEvents("""{"id":"x-1","type":"case.resumed","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","operator":{"name":"张三","tags":[1,2]},"v":2}""");

        Assert.Empty(result.Errors);
        Assert.Equal("C1", Assert.IsType<CaseResumed>(Assert.Single(result.Events)).Case);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",\"approvedBy\":null")]
    [InlineData(",\"approvedBy\":\"\"")]
    public void Refusal_without_approval_is_accepted_and_flagged_as_violation(string approvedBy)
    {
        var result = ReadEvents($$"""{"id":"x-1","type":"case.refused","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","reason":"不予受理"{{approvedBy}}}""");

        Assert.Empty(result.Errors);
        Assert.True(Assert.IsType<CaseRefused>(Assert.Single(result.Events)).IsViolation);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",\"reason\":null")]
    [InlineData(",\"reason\":\"  \"")]
    public void Refusal_without_a_reason_is_accepted_and_flagged_instead_of_refusing_the_batch(string reason)
    {
        var result = ReadEvents($$"""{"id":"x-1","type":"case.refused","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","approvedBy":null{{reason}}}""");

        Assert.Empty(result.Errors);
        var refused = Assert.IsType<CaseRefused>(Assert.Single(result.Events));
        Assert.True(refused.LacksReason);
        Assert.True(refused.IsViolation);
    }

    [Fact]
    public void Refusal_with_approval_is_not_a_violation()
    {
        var result = ReadEvents("""{"id":"x-1","type":"case.refused","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","reason":"不予受理","approvedBy":"370323001-S05"}""");

        Assert.False(Assert.IsType<CaseRefused>(Assert.Single(result.Events)).IsViolation);
    }

    [Fact]
    public void Empty_events_array_reads_as_an_empty_valid_batch()
    {
        var result = ReadEvents();

        Assert.True(result.IsValid);
        Assert.Empty(result.Events);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"events\":[")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"events\":{}}")]
    [InlineData("{\"events\":null}")]
    public void Unusable_body_throws_format_exception(string body)
    {
        var exception = Assert.Throws<EventBatchFormatException>(() => EventBatchReader.Read(Encoding.UTF8.GetBytes(body), EventSamples.Now));

        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
    }

    [Fact]
    public void Body_with_more_than_max_events_is_refused_as_a_whole()
    {
        var body = Encoding.UTF8.GetBytes($"{{\"events\":[{string.Join(",", Enumerable.Repeat(ValidResumed, EventBatchReader.MaxEvents + 1))}]}}");

        var exception = Assert.Throws<EventBatchFormatException>(() => EventBatchReader.Read(body, EventSamples.Now));

        Assert.Contains("10,001", exception.Message);
    }

    [Fact]
    public void Body_with_exactly_max_events_is_read()
    {
        var events = Enumerable.Range(0, EventBatchReader.MaxEvents)
            .Select(i => (HallEvent)new CaseResumed { Id = $"e-{i}", Town = "370323001", At = EventSamples.At, Case = $"C{i}" });

        var result = EventBatchReader.Read(EventJson.SerializeBatch(events), EventSamples.Now);

        Assert.Empty(result.Errors);
        Assert.Equal(EventBatchReader.MaxEvents, result.Events.Count);
    }
}
