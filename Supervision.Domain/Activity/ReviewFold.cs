using Supervision.Domain.Events;

namespace Supervision.Domain.Activity;

/// <summary>
/// Rebuilds a <see cref="ReviewRecord"/> from all events of one review. Due instants run from the
/// submission like case limits (<see cref="ActivityRules"/>), and exist only for 差评.
/// </summary>
public static class ReviewFold
{
    public const string ReasonSeparator = "；";

    public static ReviewRecord Fold(IReadOnlyList<ReviewEvent> events, ActivityContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var sorted = EventOrder.Sorted(events);
        var record = new ReviewRecord
        {
            Town = sorted[0].Town,
            ReviewId = sorted[0].Review,
            EventCount = sorted.Count,
            LastEventAt = sorted[^1].At,
        };
        foreach (var e in sorted)
        {
            switch (e)
            {
                case ReviewSubmitted submitted when record.SubmittedAt is null:
                    record.SubmittedAt = submitted.At;
                    record.CaseId = submitted.Case;
                    record.Window = submitted.Window;
                    record.Staff = submitted.Staff;
                    record.Level = submitted.Level;
                    record.Channel = submitted.Channel;
                    record.Reasons = submitted.Reasons.Count == 0 ? null : string.Join(ReasonSeparator, submitted.Reasons);
                    record.MissingReasons = submitted.LacksReasons;
                    break;
                case ReviewVerified verified when record.VerifiedAt is null:
                    record.VerifiedAt = verified.At;
                    record.Valid = verified.Valid;
                    break;
                case ReviewRectified when record.RectifiedAt is null:
                    record.RectifiedAt = e.At;
                    break;
                case ReviewFollowedUp followedUp when record.FollowedUpAt is null:
                    record.FollowedUpAt = followedUp.At;
                    record.FollowUpSatisfied = followedUp.Satisfied;
                    break;
            }
        }

        record.IsGood = record.Level >= 3;
        record.IsNegative = record.Level <= 2;
        if (record.SubmittedAt is not { } submittedAt)
        {
            return record;
        }
        record.SubmittedDay = EventOrder.Local(submittedAt);
        if (!record.IsNegative)
        {
            return record;
        }

        var calendar = ctx.Calendar;
        record.VerifyDue = calendar.Deadline(submittedAt, ctx.Rules.ReviewVerifyDays);
        record.VerifiedOnTime = record.VerifiedAt is { } verifiedAt ? verifiedAt <= record.VerifyDue : null;
        record.NeedsRectification = record.Valid != false;
        if (record.NeedsRectification)
        {
            record.RectifyDue = calendar.Deadline(submittedAt, ctx.Rules.ReviewRectifyDays);
            record.RectifyDueDay = EventOrder.Local(record.RectifyDue.Value);
            record.RectifiedOnTime = record.RectifiedAt is { } rectifiedAt ? rectifiedAt <= record.RectifyDue : null;
        }
        return record;
    }
}
