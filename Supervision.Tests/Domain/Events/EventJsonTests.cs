using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;

namespace Supervision.Tests.Domain.Events;

public sealed class EventJsonTests
{
    // The contract's own wording of each type, written by hand: the reader must take it and the
    // writer must give exactly it back.
    public static TheoryData<string, Type> WireExamples => new()
    {
        { """{"id":"t1","type":"ticket.issued","town":"370323001","at":"2020-06-01T09:30:00+08:00","ticket":"A001","category":"综合受理"}""", typeof(TicketIssued) },
        { """{"id":"t2","type":"ticket.called","town":"370323001","at":"2020-06-01T09:30:00+08:00","ticket":"A001","window":"370323001-01","staff":"370323001-S01"}""", typeof(TicketCalled) },
        { """{"id":"t3","type":"ticket.finished","town":"370323001","at":"2020-06-01T09:30:00+08:00","ticket":"A001"}""", typeof(TicketFinished) },
        { """{"id":"t4","type":"ticket.abandoned","town":"370323001","at":"2020-06-01T09:30:00+08:00","ticket":"A001"}""", typeof(TicketAbandoned) },
        { """{"id":"c1","type":"case.received","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","item":"ITEM-001","window":"370323001-01","staff":"370323001-S01","channel":"onsite"}""", typeof(CaseReceived) },
        { """{"id":"c2","type":"case.supplement_requested","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","materials":["户口簿复印件","照片"]}""", typeof(CaseSupplementRequested) },
        { """{"id":"c3","type":"case.accepted","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","item":"ITEM-001","window":"370323001-01","staff":"370323001-S01","channel":"online"}""", typeof(CaseAccepted) },
        { """{"id":"c4","type":"case.transferred","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","department":"RS"}""", typeof(CaseTransferred) },
        { """{"id":"c5","type":"case.paused","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","reason":"实地踏勘"}""", typeof(CasePaused) },
        { """{"id":"c6","type":"case.resumed","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1"}""", typeof(CaseResumed) },
        { """{"id":"c7","type":"case.escalated","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1"}""", typeof(CaseEscalated) },
        { """{"id":"c8","type":"case.completed","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","outcome":"approved"}""", typeof(CaseCompleted) },
        { """{"id":"c9","type":"case.issued","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","window":"370323001-02","method":"counter"}""", typeof(CaseIssued) },
        { """{"id":"c10","type":"case.refused","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C2","reason":"材料不全","approvedBy":"370323001-S05"}""", typeof(CaseRefused) },
        { """{"id":"r1","type":"review.submitted","town":"370323001","at":"2020-06-01T09:30:00+08:00","review":"R1","case":"C1","window":"370323001-01","staff":"370323001-S01","level":5,"channel":"device","reasons":[]}""", typeof(ReviewSubmitted) },
        { """{"id":"r2","type":"review.verified","town":"370323001","at":"2020-06-01T09:30:00+08:00","review":"R1","valid":false}""", typeof(ReviewVerified) },
        { """{"id":"r3","type":"review.rectified","town":"370323001","at":"2020-06-01T09:30:00+08:00","review":"R1"}""", typeof(ReviewRectified) },
        { """{"id":"r4","type":"review.followed_up","town":"370323001","at":"2020-06-01T09:30:00+08:00","review":"R1","satisfied":true}""", typeof(ReviewFollowedUp) },
        { """{"id":"k1","type":"complaint.filed","town":"370323001","at":"2020-06-01T09:30:00+08:00","complaint":"K1","case":null,"category":"multiple_trips","channel":"window"}""", typeof(ComplaintFiled) },
        { """{"id":"k2","type":"complaint.responded","town":"370323001","at":"2020-06-01T09:30:00+08:00","complaint":"K1"}""", typeof(ComplaintResponded) },
        { """{"id":"k3","type":"complaint.resolved","town":"370323001","at":"2020-06-01T09:30:00+08:00","complaint":"K1","substantiated":false}""", typeof(ComplaintResolved) },
        { """{"id":"k4","type":"complaint.followed_up","town":"370323001","at":"2020-06-01T09:30:00+08:00","complaint":"K1","satisfied":false}""", typeof(ComplaintFollowedUp) },
        { """{"id":"s1","type":"staff.attendance","town":"370323001","at":"2020-06-01T08:00:00+08:00","staff":"370323001-S01","date":"2020-06-01","status":"present"}""", typeof(StaffAttendanceRecorded) },
    };

    public static TheoryData<string> SampleTypes => new(EventSamples.All.Select(e => e.Type));

    [Theory]
    [MemberData(nameof(WireExamples))]
    public void Contract_example_parses_to_its_record_and_serialises_back_to_the_same_json(string json, Type expected)
    {
        var result = EventBatchReader.Read(Encoding.UTF8.GetBytes($$"""{"events":[{{json}}]}"""), EventSamples.Now);

        Assert.Empty(result.Errors);
        var parsed = Assert.Single(result.Events);
        Assert.IsType(expected, parsed);
        Assert.Equal(json, EventJson.Serialize(parsed));
    }

    [Theory]
    [MemberData(nameof(SampleTypes))]
    public void Event_survives_serialise_and_deserialise_unchanged(string type)
    {
        var original = EventSamples.All.Single(e => e.Type == type);

        var copy = EventJson.Deserialize(EventJson.Serialize(original));

        Assert.Equivalent(original, copy, strict: true);
        Assert.Equal(original.At.Offset, copy.At.Offset);
    }

    [Fact]
    public void Samples_and_wire_examples_cover_every_contract_type()
    {
        Assert.Equal(EventTypes.All.Order(), EventSamples.All.Select(e => e.Type).Order());
        Assert.Equal(EventTypes.All.Order(), WireExamples.Select(row => (string)row[0])
            .Select(json => JsonDocument.Parse(json).RootElement.GetProperty("type").GetString()!).Order());
    }

    [Fact]
    public void Instant_keeps_the_offset_it_was_reported_with()
    {
        var utc = new CaseResumed { Id = "x", Town = "370323001", At = new DateTimeOffset(2020, 6, 1, 1, 30, 0, TimeSpan.Zero), Case = "C1" };

        var json = EventJson.Serialize(utc);
        var copy = EventJson.Deserialize(json);

        Assert.Contains("\"at\":\"2020-06-01T01:30:00+00:00\"", json);
        Assert.Equal(TimeSpan.Zero, copy.At.Offset);
        Assert.Equal(utc.At, copy.At);
    }

    [Fact]
    public void Fractional_seconds_survive_the_round_trip()
    {
        var precise = new CaseResumed { Id = "x", Town = "370323001", At = new DateTimeOffset(2020, 6, 1, 9, 30, 0, TimeSpan.FromHours(8)).AddTicks(1_234_567), Case = "C1" };

        var copy = EventJson.Deserialize(EventJson.Serialize(precise));

        Assert.Equal(precise.At.UtcTicks, copy.At.UtcTicks);
    }

    [Fact]
    public void Refusal_without_approver_is_written_with_explicit_null_and_read_back_as_a_violation()
    {
        var refusal = (CaseRefused)EventSamples.All.Single(e => e is CaseRefused);

        var json = EventJson.Serialize(refusal);
        var copy = Assert.IsType<CaseRefused>(EventJson.Deserialize(json));

        Assert.Contains("\"approvedBy\":null", json);
        Assert.Null(copy.ApprovedBy);
        Assert.True(copy.IsViolation);
    }

    [Fact]
    public void Chinese_text_is_stored_readable_not_escaped()
    {
        var paused = new CasePaused { Id = "x", Town = "370323001", At = EventSamples.At, Case = "C1", Reason = "专家评审" };

        Assert.Contains("\"reason\":\"专家评审\"", EventJson.Serialize(paused));
    }

    [Fact]
    public void Batch_serialisation_is_read_back_by_the_batch_reader_in_order()
    {
        var body = EventJson.SerializeBatch(EventSamples.All);

        var result = EventBatchReader.Read(body, EventSamples.Now);

        Assert.Empty(result.Errors);
        Assert.Equal(EventSamples.All.Select(EventJson.Serialize), result.Events.Select(EventJson.Serialize));
    }

    [Fact]
    public void Batch_body_has_a_single_events_array()
    {
        var body = EventJson.SerializeBatch(EventSamples.All.Take(2));

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        Assert.Equal(["events"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, root.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public void Parsed_fields_land_in_the_matching_properties()
    {
        const string json = """{"id":"c1","type":"case.received","town":"370323001","at":"2020-06-01T09:30:00+08:00","case":"C1","item":"ITEM-001","window":"370323001-01","staff":"370323001-S01","channel":"selfservice"}""";

        var received = Assert.IsType<CaseReceived>(EventJson.Deserialize(json));

        Assert.Equal(("c1", "370323001", "C1", "ITEM-001", "370323001-01", "370323001-S01", CaseChannel.SelfService),
            (received.Id, received.Town, received.Case, received.Item, received.Window, received.Staff, received.Channel));
        Assert.Equal(new DateTimeOffset(2020, 6, 1, 9, 30, 0, TimeSpan.FromHours(8)), received.At);
    }

    [Fact]
    public void Deserialising_an_invalid_event_throws_format_exception_with_the_reasons()
    {
        const string json = """{"id":"c1","type":"case.resumed","town":"370323001","at":"2020-06-01T09:30:00+08:00"}""";

        var exception = Assert.Throws<FormatException>(() => EventJson.Deserialize(json));

        Assert.Contains("缺少字段 \"case\"", exception.Message);
    }

    [Fact]
    public void Serialising_an_enum_value_outside_the_vocabulary_names_the_field()
    {
        var issued = new CaseIssued { Id = "x", Town = "370323001", At = EventSamples.At, Case = "C1", Window = "370323001-02", Method = (IssueMethod)7 };

        var exception = Assert.Throws<ArgumentException>(() => EventJson.Serialize(issued));

        Assert.StartsWith("字段 \"method\" 的值 \"7\" 无效，应为 counter 或 mail", exception.Message);
    }
}
