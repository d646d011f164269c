using Supervision.Domain.Events;
using Supervision.Domain.Reference;
using static Supervision.Tests.Domain.Figures.FigureWorld;

namespace Supervision.Tests.Domain.Figures;

/// <summary>
/// Hall A (370323001) around the 2020 National Day holiday (10-01…10-08 off; Sun 09-27 and Sat 10-10
/// are make-up workdays; hall hours 08:30–17:30 = 9 h a day). Hand-worked answers for October 2020:
///
/// Cases (completion figures belong to the completion day, acceptance figures to the acceptance day):
/// C1 ITEM-5, accepted Fri 09-25 10:00 (comprehensive, 1 visit). Deadline: 5th working day after 09-25
///    = 09-27, 09-28, 09-29, 09-30, 10-09 → 10-09 17:30. Completed 10-09 09:30 → on time.
///    Used: 09-25 7.5 h + 09-27/28/29/30 36 h + 10-09 1 h = 44.5 h = 4.944444 d.
/// C2 ITEM-3, received 09-28 (supplement requested), received again and accepted Tue 09-29 09:30 at a
///    specialised window (2 visits). Paused 09-30 08:30 → resumed 10-09 08:30: 9 h of working time
///    (only 09-30 is a working day). Deadline 09-30, 10-09, 10-10 → 10-10 17:30, +9 h → Mon 10-12 17:30.
///    Completed 10-12 15:00 → on time only because of the pause. Used: 09-29 8 h + 09-30 9 h + 10-09 9 h
///    + 10-10 9 h + 10-12 6.5 h − 9 h paused = 32.5 h = 3.611111 d.
/// C3 instant item, online (0 visits), accepted 10-09 10:00 comprehensive, completed 10-09 10:20 →
///    即办 same day, on time, one trip. Used 20 min = 0.037037 d.
/// C4 instant item, accepted Wed 09-30 17:00 (1 visit), completed 10-09 09:00 → due 09-30 17:30, so
///    超期办结, not same day. Used 0.5 h + 0.5 h = 1 h = 0.111111 d.
/// C5 ITEM-5, 3 visits on 10-09 (two supplement requests), accepted 10-09 14:00 comprehensive; open.
/// C6 received 10-09, refused without approval (无权否决 violation). C8 received 10-10, refused with approval.
/// C7 ITEM-10, accepted Mon 10-12 09:00 specialised (1 visit), completed 10-14 17:30. Used 8.5 + 9 + 9 = 26.5 h = 2.944444 d.
///
/// October: accepted C3, C5, C7 = 3, at comprehensive C3, C5 = 2 → 66.7 %.
/// Completed C1, C2, C3, C4, C7 = 5. 即办 same day C3 → 1/5 = 20.0 %. On time 4 of 5 known deadlines
/// → 80.0 %, 超期办结 1 (C4). One trip C1, C3, C4, C7 → 4/5 = 80.0 %. Visits on October days: C5 3,
/// C6 1, C8 1, C7 1 = 6 (C3 online = 0).
/// Processing mean (4.944444 + 3.611111 + 0.037037 + 0.111111 + 2.944444) / 5 = 2.3296 → 2.33 d;
/// 0.1-day bins, upper edges: 0.1, 0.2, 3.0, 3.7, 5.0 → median (3rd) 3.0, p90 (5th) 5.0.
/// 提速率 over non-instant, used days on the promise clock (from closing time of the acceptance day):
/// C1 09-27/28/29/30 36 h + 10-09 1 h = 37 h = 4.111111 d; C2 09-30 9 h + 10-09 9 h + 10-10 9 h + 10-12
/// 6.5 h − 9 h paused = 24.5 h = 2.722222 d; C7 10-13 9 h + 10-14 9 h = 2.0 d. Promised 5 + 3 + 10 = 18,
/// used 8.833333 (8.8333 at four decimals) → (18 − 8.8333) / 18 = 9.1667 / 18 = 50.9 %.
/// Queue 10-09: T1 wait 600 s, T2 1,800 s, T3 abandoned, T4 120 s → issued 4, called 3, mean 840.0 s,
/// p90 = 3rd of 3 = 1,800 s → bin [1800, 1830) → 1,830 s, max 1,800 s, abandonment 1/4 = 25.0 %.
/// Served: S1 T1 600 s + T2 900 s, S2 T4 600 s → 3 served, mean service 700.0 s.
/// Reviews: R1 C1 5 (10-09), R2 C4 2 = 差评 (10-09), R3 C3 4 submitted late on 10-15, R4 no case 3 (10-12)
/// → 4 reviews, 3 good = 75.0 %, 1 差评; completed cases with a review (C1, C3, C4) 3 ÷ completed 5 = 60.0 %.
/// R2 rectification due 15 working days after 10-09 = 10-29 17:30; rectified 10-30 (one day late)
/// → 差评整改率 0/1 = 0.0 %; followed up → 回访率 1/1 = 100.0 %.
/// Complaint K1 filed 10-09 10:00; respond due 10-10 17:30 (make-up Saturday), responded 10-10 09:00;
/// resolve due 10-15 17:30, resolved 10-15 17:00 (the deadline day) → both 100.0 %; substantiated 1;
/// per 1,000 accepted = 1 / 3 × 1,000 = 333.33.
/// Attendance: S1 present 10-09, late 10-12, absent 10-13, leave 10-14; S2 present 10-09 and 10-12
/// → (3 present + 1 late) ÷ (3 + 1 + 1 absent) = 80.0 % (leave is not a scheduled day).
/// Coverage as of 10-31: ITEM-0, ITEM-5, ITEM-10 enabled, ITEM-3 stationed but enabled only from 11-02,
/// ITEM-X not stationed → 3/4 = 75.0 %.
/// Score (default weights): 0.20·0.75 + 0.10·2/3 + 0.20·0.8 + 0.15·0.8 + 0.15·0.75 + 0.05·0 + 0.05·1 +
/// 0.10·(1 − 0.25) = 0.734167 → 73.4.
/// </summary>
internal static class OctoberScenario
{
    public static readonly IReadOnlyList<HallItemStatus> ItemHistory =
    [
        Status(Instant, "2020-06-01", true, true),
        Status(ThreeDays, "2020-06-01", true, false),
        Status(ThreeDays, "2020-11-02", true, true),
        Status(FiveDays, "2020-06-01", true, true),
        Status(TenDays, "2020-06-01", true, false),
        Status(TenDays, "2020-09-01", true, true),
        Status("ITEM-X", "2020-06-01", false, false),
    ];

    public static FigureWorld Build() => new FigureWorld()
        .Received(TownA, "C1", FiveDays, Comprehensive, "S1", "2020-09-25 09:55")
        .Accepted(TownA, "C1", FiveDays, Comprehensive, "S1", "2020-09-25 10:00")
        .Completed(TownA, "C1", "2020-10-09 09:30")

        .Received(TownA, "C2", ThreeDays, Specialised, "S2", "2020-09-28 10:00")
        .Supplement(TownA, "C2", "2020-09-28 10:10")
        .Received(TownA, "C2", ThreeDays, Specialised, "S2", "2020-09-29 09:20")
        .Accepted(TownA, "C2", ThreeDays, Specialised, "S2", "2020-09-29 09:30")
        .Paused(TownA, "C2", "2020-09-30 08:30")
        .Resumed(TownA, "C2", "2020-10-09 08:30")
        .Completed(TownA, "C2", "2020-10-12 15:00")

        .Received(TownA, "C3", Instant, Comprehensive, "S1", "2020-10-09 09:58", CaseChannel.Online)
        .Accepted(TownA, "C3", Instant, Comprehensive, "S1", "2020-10-09 10:00", CaseChannel.Online)
        .Completed(TownA, "C3", "2020-10-09 10:20")

        .Received(TownA, "C4", Instant, Comprehensive, "S1", "2020-09-30 16:55")
        .Accepted(TownA, "C4", Instant, Comprehensive, "S1", "2020-09-30 17:00")
        .Completed(TownA, "C4", "2020-10-09 09:00")

        .Received(TownA, "C5", FiveDays, Comprehensive, "S1", "2020-10-09 09:00")
        .Supplement(TownA, "C5", "2020-10-09 09:05")
        .Received(TownA, "C5", FiveDays, Comprehensive, "S1", "2020-10-09 11:00")
        .Supplement(TownA, "C5", "2020-10-09 11:05")
        .Received(TownA, "C5", FiveDays, Comprehensive, "S1", "2020-10-09 14:00")
        .Accepted(TownA, "C5", FiveDays, Comprehensive, "S1", "2020-10-09 14:00")

        .Received(TownA, "C6", FiveDays, Specialised, "S2", "2020-10-09 15:00")
        .Refused(TownA, "C6", "2020-10-09 15:10", approvedBy: null)
        .Received(TownA, "C8", FiveDays, Specialised, "S2", "2020-10-10 15:00")
        .Refused(TownA, "C8", "2020-10-10 15:10", approvedBy: "负责人张某")

        .Received(TownA, "C7", TenDays, Specialised, "S2", "2020-10-12 08:55")
        .Accepted(TownA, "C7", TenDays, Specialised, "S2", "2020-10-12 09:00")
        .Completed(TownA, "C7", "2020-10-14 17:30")

        .Ticket(TownA, "A001", "2020-10-09 09:00", "2020-10-09 09:10", Comprehensive, "S1", finished: "2020-10-09 09:20")
        .Ticket(TownA, "A002", "2020-10-09 09:05", "2020-10-09 09:35", Comprehensive, "S1", finished: "2020-10-09 09:50")
        .Ticket(TownA, "A003", "2020-10-09 09:30", abandoned: "2020-10-09 10:00")
        .Ticket(TownA, "A004", "2020-10-09 10:00", "2020-10-09 10:02", Specialised, "S2", finished: "2020-10-09 10:12")

        .Review(TownA, "R1", "C1", "S1", 5, "2020-10-09 09:40")
        .Review(TownA, "R2", "C4", "S1", 2, "2020-10-09 09:10")
        .Rectified(TownA, "R2", "2020-10-30 10:00")
        .FollowedUp(TownA, "R2", "2020-10-30 15:00")
        .Review(TownA, "R3", "C3", "S1", 4, "2020-10-15 11:00")
        .Review(TownA, "R4", null, "S2", 3, "2020-10-12 10:00")

        .ComplaintFiled(TownA, "K1", "C5", "2020-10-09 10:00")
        .ComplaintResponded(TownA, "K1", "2020-10-10 09:00")
        .ComplaintResolved(TownA, "K1", "2020-10-15 17:00", substantiated: true)

        .Attendance(TownA, "S1", "2020-10-09", AttendanceStatus.Present)
        .Attendance(TownA, "S1", "2020-10-12", AttendanceStatus.Late)
        .Attendance(TownA, "S1", "2020-10-13", AttendanceStatus.Absent)
        .Attendance(TownA, "S1", "2020-10-14", AttendanceStatus.Leave)
        .Attendance(TownA, "S2", "2020-10-09", AttendanceStatus.Present)
        .Attendance(TownA, "S2", "2020-10-12", AttendanceStatus.Present);

    private static HallItemStatus Status(string item, string from, bool stationed, bool enabled) => new()
    {
        TownCode = TownA, ItemCode = item, EffectiveFrom = D(from), Stationed = stationed, OneWindowEnabled = enabled,
    };
}
