using Supervision.Domain.Events.Validation;

namespace Supervision.Domain.Events;

public abstract record CaseEvent : HallEvent
{
    public required string Case { get; init; }
    public override SubjectKind SubjectKind => SubjectKind.Case;
    public override string SubjectId => Case;

    protected override void AddInvariantViolations(List<string> problems)
    {
        base.AddInvariantViolations(problems);
        EventInvariants.Identifier(problems, "case", Case);
    }
}

/// <summary>A visit: the applicant (or an online submission) hands in an application.</summary>
public sealed record CaseReceived : CaseEvent
{
    public required string Item { get; init; }
    public required string Window { get; init; }
    public required string Staff { get; init; }
    public required CaseChannel Channel { get; init; }
    public override string Type => EventTypes.CaseReceived;

    protected override void AddInvariantViolations(List<string> problems)
    {
        base.AddInvariantViolations(problems);
        EventInvariants.Enum(problems, "channel", Channel, EventVocabulary.CaseChannels);
    }
}

/// <summary>一次性告知: everything missing, told once.</summary>
public sealed record CaseSupplementRequested : CaseEvent
{
    public required IReadOnlyList<string> Materials { get; init; }
    public override string Type => EventTypes.CaseSupplementRequested;

    protected override void AddInvariantViolations(List<string> problems)
    {
        base.AddInvariantViolations(problems);
        if (Materials is null || Materials.Count == 0)
            problems.Add(EventReasons.EmptyTextList("materials"));
    }
}

/// <summary>受理: the clock starts.</summary>
public sealed record CaseAccepted : CaseEvent
{
    public required string Item { get; init; }
    public required string Window { get; init; }
    public required string Staff { get; init; }
    public required CaseChannel Channel { get; init; }
    public override string Type => EventTypes.CaseAccepted;

    protected override void AddInvariantViolations(List<string> problems)
    {
        base.AddInvariantViolations(problems);
        EventInvariants.Enum(problems, "channel", Channel, EventVocabulary.CaseChannels);
    }
}

public sealed record CaseTransferred : CaseEvent
{
    public required string Department { get; init; }
    public override string Type => EventTypes.CaseTransferred;
}

/// <summary>The clock stops for a special procedure (实地踏勘, 听证, 专家评审 …).</summary>
public sealed record CasePaused : CaseEvent
{
    public required string Reason { get; init; }
    public override string Type => EventTypes.CasePaused;
}

public sealed record CaseResumed : CaseEvent
{
    public override string Type => EventTypes.CaseResumed;
}

/// <summary>上报: a pre-review item is reported up to the county.</summary>
public sealed record CaseEscalated : CaseEvent
{
    public override string Type => EventTypes.CaseEscalated;
}

public sealed record CaseCompleted : CaseEvent
{
    public required CaseOutcome Outcome { get; init; }
    public override string Type => EventTypes.CaseCompleted;

    protected override void AddInvariantViolations(List<string> problems)
    {
        base.AddInvariantViolations(problems);
        EventInvariants.Enum(problems, "outcome", Outcome, EventVocabulary.Outcomes);
    }
}

public sealed record CaseIssued : CaseEvent
{
    public required string Window { get; init; }
    public required IssueMethod Method { get; init; }
    public override string Type => EventTypes.CaseIssued;

    protected override void AddInvariantViolations(List<string> problems)
    {
        base.AddInvariantViolations(problems);
        EventInvariants.Enum(problems, "method", Method, EventVocabulary.IssueMethods);
    }
}

/// <summary>
/// A front window refused an application. Without <see cref="ApprovedBy"/> it is a 无权否决 violation,
/// without <see cref="Reason"/> a data-quality problem: either way it is stored and counted, never dropped.
/// </summary>
public sealed record CaseRefused : CaseEvent
{
    public string? Reason { get; init; }
    public bool LacksReason => string.IsNullOrWhiteSpace(Reason);
    public string? ApprovedBy { get; init; }
    public bool IsViolation => string.IsNullOrWhiteSpace(ApprovedBy);
    public override string Type => EventTypes.CaseRefused;
}
