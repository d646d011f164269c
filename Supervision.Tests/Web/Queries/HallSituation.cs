using Supervision.Domain.Events;

namespace Supervision.Tests.Web.Queries;

/// <summary>
/// A hand-built moment: Tuesday 2020-06-30 10:00 in 南麻街道 (370323001), with 悦庄镇 (370323101) for
/// contrast. Holidays: 06-25…06-27 off, Sunday 06-28 a make-up workday. Expected values worked by hand:
/// waiting now 2 (A1 since 09:00 = 3,600 s, A2), window 01 serving A3, A4 finished; Z1 of yesterday
/// is stale. Cases (RS-002 = 5 working days, RS-003 = 10, RS-001 = instant):
/// R1 accepted 06-18 → due 06-28 17:30 → red; Y1 accepted 06-22 → due 06-30 17:30 → 7.5 h left → yellow;
/// N1 accepted 06-29 → no card; D1 instant, accepted and completed today; L1 accepted 06-01, due 06-08,
/// completed 06-15 → 超期办结; P1 received 06-29, awaiting supplement; X1 refused 06-29; R2 in 370323101 → red.
/// </summary>
public static class HallSituation
{
    public const string Town = "370323001";
    public const string OtherTown = "370323101";

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static readonly DateTimeOffset Now = new(2020, 6, 30, 10, 0, 0, China);

    public static IReadOnlyList<HallEvent> Events()
    {
        var n = 0;
        string Id() => $"hs-{++n:D3}";
        DateTimeOffset At(int month, int day, int hour, int minute) => new(2020, month, day, hour, minute, 0, China);
        const string window = "370323001-01", window2 = "370323001-02", staff = "370323001-S02";

        CaseAccepted Accept(string town, string id, string item, DateTimeOffset at) => new()
        {
            Id = Id(), Town = town, At = at, Case = id, Item = item, Channel = CaseChannel.Onsite,
            Window = town == Town ? window : "370323101-01", Staff = town == Town ? staff : "370323101-S02",
        };

        return
        [
            new TicketIssued { Id = Id(), Town = Town, At = At(6, 29, 16, 0), Ticket = "Z1", Category = "综合受理" },
            new TicketIssued { Id = Id(), Town = Town, At = At(6, 30, 9, 0), Ticket = "A1", Category = "综合受理" },
            new TicketIssued { Id = Id(), Town = Town, At = At(6, 30, 9, 40), Ticket = "A2", Category = "综合受理" },
            new TicketIssued { Id = Id(), Town = Town, At = At(6, 30, 9, 10), Ticket = "A3", Category = "综合受理" },
            new TicketCalled { Id = Id(), Town = Town, At = At(6, 30, 9, 20), Ticket = "A3", Window = window, Staff = staff },
            new TicketIssued { Id = Id(), Town = Town, At = At(6, 30, 9, 15), Ticket = "A4", Category = "综合受理" },
            new TicketCalled { Id = Id(), Town = Town, At = At(6, 30, 9, 25), Ticket = "A4", Window = window2, Staff = staff },
            new TicketFinished { Id = Id(), Town = Town, At = At(6, 30, 9, 35), Ticket = "A4" },

            Accept(Town, "R1", "RS-002", At(6, 18, 10, 0)),
            Accept(Town, "Y1", "RS-002", At(6, 22, 10, 0)),
            Accept(Town, "N1", "RS-003", At(6, 29, 10, 0)),
            Accept(Town, "D1", "RS-001", At(6, 30, 9, 30)),
            new CaseCompleted { Id = Id(), Town = Town, At = At(6, 30, 9, 40), Case = "D1", Outcome = CaseOutcome.Approved },
            Accept(Town, "L1", "RS-002", At(6, 1, 10, 0)),
            new CaseCompleted { Id = Id(), Town = Town, At = At(6, 15, 10, 0), Case = "L1", Outcome = CaseOutcome.Approved },
            new CaseReceived { Id = Id(), Town = Town, At = At(6, 29, 11, 0), Case = "P1", Item = "RS-005", Window = window, Staff = staff, Channel = CaseChannel.Onsite },
            new CaseSupplementRequested { Id = Id(), Town = Town, At = At(6, 29, 11, 5), Case = "P1", Materials = ["户口簿"] },
            new CaseRefused { Id = Id(), Town = Town, At = At(6, 29, 14, 0), Case = "X1", Reason = "不属于本中心受理范围", ApprovedBy = "370323001-S01" },
            Accept(OtherTown, "R2", "RS-002", At(6, 18, 10, 0)),
        ];
    }
}
