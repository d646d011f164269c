using Supervision.Domain.Events;
using Supervision.Domain.Reference;

namespace Supervision.Tests.Web.Ingestion;


/// <summary>
/// A deterministic month (June 2020) of plausible hall activity for every town in the reference
/// data: queues, cases with supplements, pauses, refusals, reviews with 差评 handling, complaints
/// and attendance. Events later than <see cref="Cutoff"/> are left out (those cases stay open).
/// Shared with Supervision.Benchmarks (linked source), so it depends on nothing test-specific.
/// </summary>
public static class MonthOfEvents
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>The morning after the month: nothing generated lies after it.</summary>
    public static readonly DateTimeOffset Cutoff = new(2020, 7, 1, 8, 0, 0, China);

    public static async Task<List<HallEvent>> GenerateAsync(SupervisionDbContext db, int seed = 20200601, int scale = 1)
    {
        var towns = await db.Towns.AsNoTracking().OrderBy(t => t.Code).ToListAsync();
        var windows = await db.Windows.AsNoTracking().OrderBy(w => w.Code).ToListAsync();
        var staff = await db.Staff.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        var items = await db.ServiceItems.AsNoTracking().OrderBy(i => i.Code).ToListAsync();
        return Generate(towns, windows, staff, items, seed, scale);
    }

    public static List<HallEvent> Generate(
        IReadOnlyList<Town> towns, IReadOnlyList<Window> windows, IReadOnlyList<Staff> staff, IReadOnlyList<ServiceItem> items,
        int seed, int scale)
    {
        var random = new Random(seed);
        var events = new List<HallEvent>();
        var n = 0;
        string Id() => $"g{seed}-{++n:D7}";

        foreach (var town in towns)
        {
            var front = windows.Where(w => w.TownCode == town.Code && w.IsBusiness).ToList();
            var people = staff.Where(s => s.TownCode == town.Code).ToList();
            if (front.Count == 0 || people.Count == 0)
            {
                continue;
            }

            for (var day = new DateOnly(2020, 6, 1); day <= new DateOnly(2020, 6, 30); day = day.AddDays(1))
            {
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }
                var open = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 30)), China);
                DateTimeOffset At(double minutes) => open.AddMinutes(minutes);
                var code = town.Code;
                var tag = day.ToString("MMdd");

                foreach (var person in people)
                {
                    var status = random.Next(20) switch { 0 => AttendanceStatus.Late, 1 => AttendanceStatus.Leave, _ => AttendanceStatus.Present };
                    events.Add(new StaffAttendanceRecorded { Id = Id(), Town = code, At = At(5), Staff = person.Id, Date = day, Status = status });
                }

                for (var t = 0; t < 12 * scale; t++)
                {
                    var ticket = $"{tag}-A{t:D3}";
                    var issued = random.Next(0, 480);
                    events.Add(new TicketIssued { Id = Id(), Town = code, At = At(issued), Ticket = ticket, Category = "综合受理" });
                    if (random.Next(20) == 0)
                    {
                        events.Add(new TicketAbandoned { Id = Id(), Town = code, At = At(issued + 20), Ticket = ticket });
                        continue;
                    }
                    var called = issued + random.Next(1, 40);
                    var window = front[random.Next(front.Count)];
                    events.Add(new TicketCalled { Id = Id(), Town = code, At = At(called), Ticket = ticket, Window = window.Code, Staff = people[random.Next(people.Count)].Id });
                    events.Add(new TicketFinished { Id = Id(), Town = code, At = At(called + random.Next(3, 25)), Ticket = ticket });
                }

                for (var c = 0; c < 8 * scale; c++)
                {
                    var caseId = $"{tag}-C{c:D3}";
                    var item = items[random.Next(items.Count)];
                    var window = front[random.Next(front.Count)];
                    var clerk = people[random.Next(people.Count)].Id;
                    var start = random.Next(0, 400);
                    var channel = random.Next(5) == 0 ? CaseChannel.Online : CaseChannel.Onsite;
                    events.Add(new CaseReceived { Id = Id(), Town = code, At = At(start), Case = caseId, Item = item.Code, Window = window.Code, Staff = clerk, Channel = channel });
                    var acceptAt = At(start + 10);
                    if (random.Next(6) == 0)
                    {
                        events.Add(new CaseSupplementRequested { Id = Id(), Town = code, At = At(start + 8), Case = caseId, Materials = ["户口簿复印件"] });
                        acceptAt = At(start + 60 * 24 + 30);
                        events.Add(new CaseReceived { Id = Id(), Town = code, At = acceptAt.AddMinutes(-5), Case = caseId, Item = item.Code, Window = window.Code, Staff = clerk, Channel = CaseChannel.Onsite });
                    }
                    if (random.Next(40) == 0)
                    {
                        events.Add(new CaseRefused { Id = Id(), Town = code, At = acceptAt, Case = caseId, Reason = "不属于受理范围", ApprovedBy = random.Next(2) == 0 ? null : people[0].Id });
                        continue;
                    }
                    events.Add(new CaseAccepted { Id = Id(), Town = code, At = acceptAt, Case = caseId, Item = item.Code, Window = window.Code, Staff = clerk, Channel = channel });
                    var doneAt = acceptAt.AddMinutes(30);
                    if (!item.IsInstant)
                    {
                        events.Add(new CaseTransferred { Id = Id(), Town = code, At = acceptAt.AddMinutes(20), Case = caseId, Department = item.DepartmentCode });
                        if (random.Next(15) == 0)
                        {
                            events.Add(new CasePaused { Id = Id(), Town = code, At = acceptAt.AddHours(2), Case = caseId, Reason = "实地踏勘" });
                            events.Add(new CaseResumed { Id = Id(), Town = code, At = acceptAt.AddDays(1), Case = caseId });
                        }
                        doneAt = acceptAt.AddDays(random.Next(0, item.PromisedDays + 3)).AddMinutes(random.Next(0, 120));
                    }
                    events.Add(new CaseCompleted { Id = Id(), Town = code, At = doneAt, Case = caseId, Outcome = random.Next(25) == 0 ? CaseOutcome.Denied : CaseOutcome.Approved });
                    events.Add(new CaseIssued { Id = Id(), Town = code, At = doneAt.AddMinutes(10), Case = caseId, Window = window.Code, Method = random.Next(4) == 0 ? IssueMethod.Mail : IssueMethod.Counter });

                    if (random.Next(2) == 0)
                    {
                        var review = $"{tag}-R{c:D3}";
                        var level = random.Next(10) switch { 0 => 1, 1 => 2, 2 => 3, 3 or 4 => 4, _ => 5 };
                        var reviewAt = doneAt.AddMinutes(15);
                        events.Add(new ReviewSubmitted
                        {
                            Id = Id(), Town = code, At = reviewAt, Review = review, Case = caseId, Window = window.Code, Staff = clerk,
                            Level = level, Channel = ReviewChannel.Device, Reasons = level <= 2 ? ["等待时间长"] : [],
                        });
                        if (level <= 2)
                        {
                            events.Add(new ReviewVerified { Id = Id(), Town = code, At = reviewAt.AddHours(3), Review = review, Valid = random.Next(5) != 0 });
                            events.Add(new ReviewRectified { Id = Id(), Town = code, At = reviewAt.AddDays(random.Next(2, 20)), Review = review });
                            events.Add(new ReviewFollowedUp { Id = Id(), Town = code, At = reviewAt.AddDays(21), Review = review, Satisfied = random.Next(3) != 0 });
                        }
                    }
                }

                if (random.Next(4) == 0)
                {
                    var complaint = $"{tag}-K1";
                    var filed = At(random.Next(0, 400));
                    events.Add(new ComplaintFiled { Id = Id(), Town = code, At = filed, Complaint = complaint, Case = null, Category = ComplaintCategory.MultipleTrips, Channel = ComplaintChannel.Hotline });
                    events.Add(new ComplaintResponded { Id = Id(), Town = code, At = filed.AddHours(random.Next(1, 40)), Complaint = complaint });
                    events.Add(new ComplaintResolved { Id = Id(), Town = code, At = filed.AddDays(random.Next(1, 8)), Complaint = complaint, Substantiated = random.Next(3) == 0 });
                    events.Add(new ComplaintFollowedUp { Id = Id(), Town = code, At = filed.AddDays(9), Complaint = complaint, Satisfied = true });
                }
            }
        }

        return events.Where(e => e.At <= Cutoff).ToList();
    }

    /// <summary>The same events in a fixed shuffled order, to exercise late and out-of-order arrival.</summary>
    public static List<HallEvent> Shuffled(IReadOnlyList<HallEvent> events, int seed)
    {
        var list = events.ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }
}
