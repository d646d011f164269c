using Supervision.Domain.Events;

namespace Supervision.Tests.Web.Export;

/// <summary>
/// Cases of 南麻街道 that put every rule of issue 15's edge cases into 2020-W40 (09-28…10-04), on top of the
/// simulated autumn. RS-002 has 5 working days, RS-010 is pre-reviewed (初审上报) within 5 working days.
/// </summary>
internal static class AutumnRuleCases
{
    public const string Town = "370323001";
    private const string Window = "370323001-01";
    private const string Staff = "370323001-S02";
    private const string FiveDays = "RS-002";
    private const string PreReview = "RS-010";

    /// <summary>Sent first, at once.</summary>
    public static IReadOnlyList<HallEvent> Reported { get; } =
    [
        // 补评 past the limit: completed Mon 09-21, rated until Sun 09-27 17:30 (a make-up workday), rated Tue 09-29.
        Accepted("x15-l1", "X15-L", "2020-09-14 09:00"),
        Completed("x15-l2", "X15-L", "2020-09-21 10:00"),
        Review("x15-l3", "X15-RL", "X15-L", "2020-09-29 10:00", level: 5, []),
        // Accepted after hours on Fri 09-25: the promise clock starts at closing time of Sun 09-27; done Tue 09-29.
        Accepted("x15-s1", "X15-S", "2020-09-25 17:45"),
        Completed("x15-s2", "X15-S", "2020-09-29 12:30"),
        // A 差评 without a reason: counted and flagged.
        Review("x15-s3", "X15-RN", "X15-S", "2020-09-28 11:00", level: 1, []),
        // Paused inside the promise window (Tue 08:30–12:30).
        Accepted("x15-p1", "X15-P", "2020-09-28 09:00"),
        new CasePaused { Id = "x15-p2", Town = Town, At = Local("2020-09-29 08:30"), Case = "X15-P", Reason = "实地踏勘" },
        new CaseResumed { Id = "x15-p3", Town = Town, At = Local("2020-09-29 12:30"), Case = "X15-P" },
        Completed("x15-p4", "X15-P", "2020-09-30 15:00"),
        // Pre-review items: one reported up in time, one after its deadline (Fri 09-25 17:30).
        Accepted("x15-e1", "X15-E1", "2020-09-28 09:00", PreReview),
        new CaseEscalated { Id = "x15-e2", Town = Town, At = Local("2020-09-30 10:00"), Case = "X15-E1" },
        Accepted("x15-e3", "X15-E2", "2020-09-18 09:00", PreReview),
        new CaseEscalated { Id = "x15-e4", Town = Town, At = Local("2020-09-28 09:00"), Case = "X15-E2" },
        // A refusal without approval, overturned the next day.
        new CaseReceived { Id = "x15-r1", Town = Town, At = Local("2020-09-28 09:00"), Case = "X15-R", Item = FiveDays, Window = Window, Staff = Staff, Channel = CaseChannel.Onsite },
        new CaseRefused { Id = "x15-r2", Town = Town, At = Local("2020-09-28 09:05"), Case = "X15-R", Reason = "申请事项不属于本大厅受理范围" },
        Accepted("x15-r3", "X15-R", "2020-09-29 09:00"),
        // Due Sun 09-27 17:30, done late on Tue 09-29; its pause comes later (see Backdated).
        Accepted("x15-b1", "X15-B", "2020-09-21 09:00"),
        Completed("x15-b2", "X15-B", "2020-09-29 10:00"),
    ];

    /// <summary>Sent after <see cref="Reported"/> and after X15-B's deadline: a pause dated before it (补报).</summary>
    public static IReadOnlyList<HallEvent> Backdated { get; } =
    [
        new CasePaused { Id = "x15-b3", Town = Town, At = Local("2020-09-25 09:00"), Case = "X15-B", Reason = "实地踏勘" },
        new CaseResumed { Id = "x15-b4", Town = Town, At = Local("2020-09-25 12:00"), Case = "X15-B" },
    ];

    private static DateTimeOffset Local(string at) =>
        DateTimeOffset.ParseExact(at + " +08:00", "yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);

    private static CaseAccepted Accepted(string id, string caseId, string at, string item = FiveDays) => new()
    {
        Id = id, Town = Town, At = Local(at), Case = caseId, Item = item, Window = Window, Staff = Staff, Channel = CaseChannel.Onsite,
    };

    private static CaseCompleted Completed(string id, string caseId, string at) => new()
    {
        Id = id, Town = Town, At = Local(at), Case = caseId, Outcome = CaseOutcome.Approved,
    };

    private static ReviewSubmitted Review(string id, string review, string caseId, string at, int level, IReadOnlyList<string> reasons) => new()
    {
        Id = id, Town = Town, At = Local(at), Review = review, Case = caseId, Window = Window, Staff = Staff,
        Level = level, Channel = ReviewChannel.Device, Reasons = reasons,
    };
}
