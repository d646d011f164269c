using Supervision.Domain.Activity;

namespace Supervision.Domain.Activity;

/// <summary>Where a complaint stands (the board's columns, in order).</summary>
public enum ComplaintStage
{
    AwaitingResponse = 1,   // 待响应
    AwaitingResolution = 2, // 待办结
    Overdue = 3,            // 已逾期
    Resolved = 4,           // 已办结
    FollowedUp = 5,         // 已回访
}

public static class ComplaintStages
{
    public static readonly IReadOnlyList<(ComplaintStage Stage, string Title)> Board =
    [
        (ComplaintStage.AwaitingResponse, "待响应"),
        (ComplaintStage.AwaitingResolution, "待办结"),
        (ComplaintStage.Overdue, "已逾期"),
        (ComplaintStage.Resolved, "已办结"),
        (ComplaintStage.FollowedUp, "已回访"),
    ];

    /// <summary>The stage at <paramref name="now"/>: an open complaint past its response or resolution due time is overdue.</summary>
    public static ComplaintStage StageAt(ComplaintRecord complaint, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (complaint.FollowedUpAt is not null)
        {
            return ComplaintStage.FollowedUp;
        }
        if (complaint.ResolvedAt is not null)
        {
            return ComplaintStage.Resolved;
        }
        if (complaint.RespondedAt is null)
        {
            return complaint.RespondDue is { } respondDue && now > respondDue ? ComplaintStage.Overdue : ComplaintStage.AwaitingResponse;
        }
        return complaint.ResolveDue is { } resolveDue && now > resolveDue ? ComplaintStage.Overdue : ComplaintStage.AwaitingResolution;
    }

    /// <summary>The due time that matters now: response while unanswered, then resolution.</summary>
    public static DateTimeOffset? NextDue(ComplaintRecord complaint) =>
        complaint.RespondedAt is null ? complaint.RespondDue : complaint.ResolvedAt is null ? complaint.ResolveDue : null;
}
