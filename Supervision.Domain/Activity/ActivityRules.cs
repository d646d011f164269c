using Supervision.Domain.Calendar;

namespace Supervision.Domain.Activity;

/// <summary>
/// Configurable time limits, in working days, counted like case limits (the starting day is not
/// counted; due at closing time). Part of <see cref="Settings.SupervisionSettings"/>; <see cref="SectionName"/>
/// prefixes the field keys (and the configuration keys read at the first seed).
/// </summary>
public sealed class ActivityRules
{
    public const string SectionName = "Activity";

    /// <summary>差评 call-back (核实).</summary>
    public int ReviewVerifyDays { get; set; } = 1;

    /// <summary>差评 rectification (整改); local rules range 5–15.</summary>
    public int ReviewRectifyDays { get; set; } = 15;

    public int ComplaintRespondDays { get; set; } = 1;
    public int ComplaintResolveDays { get; set; } = 5;

    /// <summary>Ratings are accepted this many working days after completion.</summary>
    public int LateReviewDays { get; set; } = 5;

    public static ActivityRules Default => new();

    /// <summary>Throws <see cref="DomainException"/> naming the first bad setting.</summary>
    public ActivityRules Validate()
    {
        if (ReviewRectifyDays is < 5 or > 15)
        {
            throw new DomainException($"差评整改时限应为 5–15 个工作日，当前配置为 {ReviewRectifyDays}。");
        }
        foreach (var (name, value) in new[]
                 {
                     ("差评核实时限", ReviewVerifyDays), ("投诉响应时限", ComplaintRespondDays),
                     ("投诉办结时限", ComplaintResolveDays), ("补评时限", LateReviewDays),
                 })
        {
            if (value < 0)
            {
                throw new DomainException($"{name}不能为负数，当前配置为 {value}。");
            }
        }
        return this;
    }

    /// <summary>Whether a rating submitted at <paramref name="submittedAt"/> is still accepted for a case completed at <paramref name="completedAt"/>.</summary>
    public bool AcceptsReview(WorkingCalendar calendar, DateTimeOffset completedAt, DateTimeOffset submittedAt) =>
        submittedAt <= calendar.Deadline(completedAt, LateReviewDays);
}
