using Supervision.Domain.Events.Validation;
using static Supervision.Domain.Events.EventVocabulary;

namespace Supervision.Domain.Events.Json;

/// <summary>
/// Turns one contract-v1 event object into its typed record. The one place that knows the wire
/// field names per type on the way in; <see cref="EventJson"/> is its mirror on the way out.
/// </summary>
internal static class EventParser
{
    private readonly record struct Header(string Id, string Town, DateTimeOffset At);

    private delegate HallEvent Factory(EventFieldReader f, Header h, List<string> problems);

    /// <summary>
    /// Reads <paramref name="element"/>; on any problem returns null with the reasons added to
    /// <paramref name="problems"/>. <paramref name="id"/> is the event's id whenever it is a string,
    /// so errors can name the event even when the id itself is what is wrong.
    /// </summary>
    /// <param name="rules">The ingestion boundary's rules (<see cref="EventIngestRules"/>); null for the store's own events.</param>
    public static HallEvent? Parse(JsonElement element, EventIngestRules? rules, List<string> problems, out string? id)
    {
        id = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(EventReasons.NotAnObject);
            return null;
        }

        var before = problems.Count;
        var f = new EventFieldReader(element, problems, rules);

        // Errors name the event by the id as sent, even when the id itself is what is wrong.
        if (element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String)
            id = idElement.GetString();
        var checkedId = f.Id();

        Factory? factory = null;
        if (!element.TryGetProperty("type", out var typeElement) || typeElement.ValueKind == JsonValueKind.Null)
            problems.Add(EventReasons.Missing("type"));
        else if (typeElement.ValueKind != JsonValueKind.String)
            problems.Add(EventReasons.BadType);
        else if (!Factories.TryGetValue(typeElement.GetString()!, out factory))
            problems.Add(EventReasons.UnknownType(typeElement.GetString()!));

        var town = f.Identifier("town");
        var at = f.Instant("at");

        var parsed = factory?.Invoke(f, new Header(checkedId, town, at), problems);
        return problems.Count == before ? parsed : null;
    }

    private static readonly Dictionary<string, Factory> Factories = new(StringComparer.Ordinal)
    {
        [EventTypes.TicketIssued] = (f, h, _) => new TicketIssued
        {
            Id = h.Id, Town = h.Town, At = h.At,
            Ticket = f.Identifier("ticket"), Category = f.Identifier("category"),
        },
        [EventTypes.TicketCalled] = (f, h, _) => new TicketCalled
        {
            Id = h.Id, Town = h.Town, At = h.At,
            Ticket = f.Identifier("ticket"), Window = f.Identifier("window"), Staff = f.Identifier("staff"),
        },
        [EventTypes.TicketFinished] = (f, h, _) => new TicketFinished
        {
            Id = h.Id, Town = h.Town, At = h.At, Ticket = f.Identifier("ticket"),
        },
        [EventTypes.TicketAbandoned] = (f, h, _) => new TicketAbandoned
        {
            Id = h.Id, Town = h.Town, At = h.At, Ticket = f.Identifier("ticket"),
        },

        [EventTypes.CaseReceived] = (f, h, _) => new CaseReceived
        {
            Id = h.Id, Town = h.Town, At = h.At,
            Case = f.Identifier("case"), Item = f.Identifier("item"), Window = f.Identifier("window"),
            Staff = f.Identifier("staff"), Channel = f.Enum("channel", CaseChannels),
        },
        [EventTypes.CaseSupplementRequested] = (f, h, _) => new CaseSupplementRequested
        {
            Id = h.Id, Town = h.Town, At = h.At,
            Case = f.Identifier("case"), Materials = f.TextList("materials", required: true),
        },
        [EventTypes.CaseAccepted] = (f, h, _) => new CaseAccepted
        {
            Id = h.Id, Town = h.Town, At = h.At,
            Case = f.Identifier("case"), Item = f.Identifier("item"), Window = f.Identifier("window"),
            Staff = f.Identifier("staff"), Channel = f.Enum("channel", CaseChannels),
        },
        [EventTypes.CaseTransferred] = (f, h, _) => new CaseTransferred
        {
            Id = h.Id, Town = h.Town, At = h.At,
            Case = f.Identifier("case"), Department = f.Identifier("department"),
        },
        [EventTypes.CasePaused] = (f, h, _) => new CasePaused
        {
            Id = h.Id, Town = h.Town, At = h.At, Case = f.Identifier("case"), Reason = f.Text("reason"),
        },
        [EventTypes.CaseResumed] = (f, h, _) => new CaseResumed
        {
            Id = h.Id, Town = h.Town, At = h.At, Case = f.Identifier("case"),
        },
        [EventTypes.CaseEscalated] = (f, h, _) => new CaseEscalated
        {
            Id = h.Id, Town = h.Town, At = h.At, Case = f.Identifier("case"),
        },
        [EventTypes.CaseCompleted] = (f, h, _) => new CaseCompleted
        {
            Id = h.Id, Town = h.Town, At = h.At, Case = f.Identifier("case"), Outcome = f.Enum("outcome", Outcomes),
        },
        [EventTypes.CaseIssued] = (f, h, _) => new CaseIssued
        {
            Id = h.Id, Town = h.Town, At = h.At,
            Case = f.Identifier("case"), Window = f.Identifier("window"), Method = f.Enum("method", IssueMethods),
        },
        // A refusal without approval or without a reason is a violation to be counted, never a reason to
        // drop the event: so approvedBy may be absent, null or even empty, and reason absent or blank.
        [EventTypes.CaseRefused] = (f, h, _) => new CaseRefused
        {
            Id = h.Id, Town = h.Town, At = h.At,
            Case = f.Identifier("case"), Reason = f.OptionalText("reason"), ApprovedBy = f.OptionalIdentifier("approvedBy", allowEmpty: true),
        },

        [EventTypes.ReviewSubmitted] = ReadReviewSubmitted,
        [EventTypes.ReviewVerified] = (f, h, _) => new ReviewVerified
        {
            Id = h.Id, Town = h.Town, At = h.At, Review = f.Identifier("review"), Valid = f.Boolean("valid"),
        },
        [EventTypes.ReviewRectified] = (f, h, _) => new ReviewRectified
        {
            Id = h.Id, Town = h.Town, At = h.At, Review = f.Identifier("review"),
        },
        [EventTypes.ReviewFollowedUp] = (f, h, _) => new ReviewFollowedUp
        {
            Id = h.Id, Town = h.Town, At = h.At, Review = f.Identifier("review"), Satisfied = f.Boolean("satisfied"),
        },

        [EventTypes.ComplaintFiled] = (f, h, _) => new ComplaintFiled
        {
            Id = h.Id, Town = h.Town, At = h.At,
            Complaint = f.Identifier("complaint"), Case = f.OptionalIdentifier("case"),
            Category = f.Enum("category", ComplaintCategories), Channel = f.Enum("channel", ComplaintChannels),
        },
        [EventTypes.ComplaintResponded] = (f, h, _) => new ComplaintResponded
        {
            Id = h.Id, Town = h.Town, At = h.At, Complaint = f.Identifier("complaint"),
        },
        [EventTypes.ComplaintResolved] = (f, h, _) => new ComplaintResolved
        {
            Id = h.Id, Town = h.Town, At = h.At, Complaint = f.Identifier("complaint"), Substantiated = f.Boolean("substantiated"),
        },
        [EventTypes.ComplaintFollowedUp] = (f, h, _) => new ComplaintFollowedUp
        {
            Id = h.Id, Town = h.Town, At = h.At, Complaint = f.Identifier("complaint"), Satisfied = f.Boolean("satisfied"),
        },

        [EventTypes.StaffAttendance] = (f, h, _) => new StaffAttendanceRecorded
        {
            Id = h.Id, Town = h.Town, At = h.At,
            Staff = f.Identifier("staff"), Date = f.AttendanceDate("date", h.At), Status = f.Enum("status", AttendanceStatuses),
        },
    };

    private static HallEvent ReadReviewSubmitted(EventFieldReader f, Header h, List<string> problems)
    {
        var review = f.Identifier("review");
        var @case = f.OptionalIdentifier("case");
        var window = f.Identifier("window");
        var staff = f.Identifier("staff");
        var level = f.Level("level");
        var channel = f.Enum("channel", ReviewChannels);
        // A 差评 without reasons is stored and flagged (ReviewRecord.MissingReasons), not refused.
        var reasons = f.TextList("reasons", required: false);

        return new ReviewSubmitted
        {
            Id = h.Id, Town = h.Town, At = h.At,
            Review = review, Case = @case, Window = window, Staff = staff,
            Level = level ?? 0, Channel = channel, Reasons = reasons,
        };
    }
}
