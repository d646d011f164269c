using Supervision.Domain.Events.Validation;

namespace Supervision.Domain.Events;

/// <summary>
/// One event of contract v1 as a hall system reports it. Every derived figure starts here.
/// <see cref="Subject"/> names the thing the event is about (a ticket, case, review, complaint or a
/// staff member's day) so that all events of one thing can be folded together in any arrival order.
/// </summary>
public abstract record HallEvent
{
    public required string Id { get; init; }
    public required string Town { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>
    /// When the store took the event in (its clock), set when stored events are folded; null for events
    /// not read from the store. Not part of the contract: never sent, never serialised. It tells a
    /// backdated report (arrived after the deadline it would move) from a timely one.
    /// </summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    public abstract string Type { get; }
    public abstract SubjectKind SubjectKind { get; }
    public abstract string SubjectId { get; }

    /// <summary>Unique across the county: kind, town and the hall's own id.</summary>
    public string Subject => $"{SubjectKind.Name()}:{Town}:{SubjectId}";

    /// <summary>The event's identity: (town, id). A second event with the same key is a duplicate.</summary>
    public EventKey Key => new(Town, Id);

    /// <summary>
    /// What is wrong with this event as a model, in the reader's Chinese wording. Events built in code
    /// (simulator, generator, import) never pass through the JSON reader, so the rules the reader
    /// enforces on the wire are re-checked here; an event read by <c>EventBatchReader</c> has none.
    /// </summary>
    public IReadOnlyList<string> GetInvariantViolations()
    {
        var problems = new List<string>();
        if (!EventInvariants.IsIdentifier(Id))
            problems.Add(EventReasons.BadId);
        if (!EventInvariants.IsIdentifier(Town))
            problems.Add(EventReasons.BadIdentifier("town"));
        AddInvariantViolations(problems);
        return problems;
    }

    /// <summary>Adds the type's own rules; overrides call the base first.</summary>
    protected virtual void AddInvariantViolations(List<string> problems)
    {
    }
}

public enum SubjectKind
{
    Ticket = 1,
    Case = 2,
    Review = 3,
    Complaint = 4,
    Attendance = 5,
}

public static class SubjectKindNames
{
    /// <summary>The kind as it starts a subject string; asked for every event of every batch, so not via Enum.ToString.</summary>
    public static string Name(this SubjectKind kind) => kind switch
    {
        SubjectKind.Ticket => "ticket",
        SubjectKind.Case => "case",
        SubjectKind.Review => "review",
        SubjectKind.Complaint => "complaint",
        SubjectKind.Attendance => "attendance",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
