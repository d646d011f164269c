using Supervision.Domain.Events.Validation;

namespace Supervision.Domain.Events;

public abstract record ComplaintEvent : HallEvent
{
    public required string Complaint { get; init; }
    public override SubjectKind SubjectKind => SubjectKind.Complaint;
    public override string SubjectId => Complaint;

    protected override void AddInvariantViolations(List<string> problems)
    {
        base.AddInvariantViolations(problems);
        EventInvariants.Identifier(problems, "complaint", Complaint);
    }
}

/// <summary>An “一次办不好” complaint (找茬窗口, 12345 hotline or online).</summary>
public sealed record ComplaintFiled : ComplaintEvent
{
    public string? Case { get; init; }
    public required ComplaintCategory Category { get; init; }
    public required ComplaintChannel Channel { get; init; }
    public override string Type => EventTypes.ComplaintFiled;

    protected override void AddInvariantViolations(List<string> problems)
    {
        base.AddInvariantViolations(problems);
        EventInvariants.Enum(problems, "category", Category, EventVocabulary.ComplaintCategories);
        EventInvariants.Enum(problems, "channel", Channel, EventVocabulary.ComplaintChannels);
    }
}

public sealed record ComplaintResponded : ComplaintEvent
{
    public override string Type => EventTypes.ComplaintResponded;
}

public sealed record ComplaintResolved : ComplaintEvent
{
    public required bool Substantiated { get; init; }
    public override string Type => EventTypes.ComplaintResolved;
}

public sealed record ComplaintFollowedUp : ComplaintEvent
{
    public required bool Satisfied { get; init; }
    public override string Type => EventTypes.ComplaintFollowedUp;
}
