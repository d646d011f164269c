using Supervision.Domain.Events.Validation;

namespace Supervision.Domain.Events;

public abstract record ReviewEvent : HallEvent
{
    public required string Review { get; init; }
    public override SubjectKind SubjectKind => SubjectKind.Review;
    public override string SubjectId => Review;

    protected override void AddInvariantViolations(List<string> problems)
    {
        base.AddInvariantViolations(problems);
        EventInvariants.Identifier(problems, "review", Review);
    }
}

/// <summary>
/// 好差评: level 5 非常满意 … 1 非常不满意; levels 1–2 are 差评 and must carry reasons. One without is
/// still stored and counted (dropping it would hide the 差评), and listed as a data-quality problem.
/// </summary>
public sealed record ReviewSubmitted : ReviewEvent
{
    public string? Case { get; init; }
    public required string Window { get; init; }
    public required string Staff { get; init; }
    public required int Level { get; init; }
    public required ReviewChannel Channel { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public bool IsNegative => Level <= 2;
    public override string Type => EventTypes.ReviewSubmitted;

    /// <summary>差评 (levels 1–2) must say why, or they cannot be verified and rectified.</summary>
    public static bool RequiresReasons(int level) => level is >= 1 and <= 2;

    public bool LacksReasons => RequiresReasons(Level) && (Reasons is null || Reasons.Count == 0);

    protected override void AddInvariantViolations(List<string> problems)
    {
        base.AddInvariantViolations(problems);
        if (Level is < 1 or > 5)
            problems.Add(EventReasons.BadLevel);
        EventInvariants.Enum(problems, "channel", Channel, EventVocabulary.ReviewChannels);
    }
}

public sealed record ReviewVerified : ReviewEvent
{
    public required bool Valid { get; init; }
    public override string Type => EventTypes.ReviewVerified;
}

public sealed record ReviewRectified : ReviewEvent
{
    public override string Type => EventTypes.ReviewRectified;
}

public sealed record ReviewFollowedUp : ReviewEvent
{
    public required bool Satisfied { get; init; }
    public override string Type => EventTypes.ReviewFollowedUp;
}
