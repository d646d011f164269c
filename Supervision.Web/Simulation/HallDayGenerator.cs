namespace Supervision.Web.Simulation;

/// <summary>
/// One hall's working day: attendance, the ticket queue at each kind of window, every visit and what
/// follows from it, and the day's complaints. Depends only on the seed, the town, the date and the
/// reference data, never on what was generated before, so any day can be produced alone.
/// </summary>
internal sealed class HallDayGenerator(SimulationModel model)
{
    public const double RefusalShare = 0.006;
    public const double UnapprovedRefusalShare = 0.1;
    public const double ComplaintsPerAcceptedCase = 0.004;
    public const double LeaveAnywayShare = 0.02;

    private static readonly ComplaintChannel[] ComplaintChannels =
        [ComplaintChannel.Window, ComplaintChannel.Window, ComplaintChannel.Hotline, ComplaintChannel.Hotline, ComplaintChannel.Online];

    private static readonly string[] RefusalReasons = ["申请人不属于本辖区", "申请事项不属于本大厅受理范围", "申请人不符合申领条件"];

    private readonly CaseLifecycle _lifecycle = new(model);

    public List<HallEvent> Generate(TownModel town, DateOnly day)
    {
        var writer = new EventWriter(town.Code);
        if (!model.Calendar.IsWorkingDay(day))
        {
            return writer.Events;
        }
        var random = SimRandom.For(model.Seed, town.Code, day, SimRandom.DayStream);
        var roster = Attendance.For(model, town, day);
        foreach (var staffDay in roster)
        {
            writer.Add(new StaffAttendanceRecorded
            {
                Id = $"sim-{staffDay.Staff.Id}-{day:yyyyMMdd}", Town = town.Code, At = HallTime.At(day, staffDay.ClockIn),
                Staff = staffDay.Staff.Id, Date = day, Status = staffDay.Status,
            });
        }

        var staffing = Staffing.Assign(town, roster, day);
        var context = new DayContext(writer, random, town, day, staffing, town.Catalog.On(day), model.HallTime);
        var visits = Visits(town, day);
        foreach (var visit in visits.Where(v => v.Case is { Online: true }))
        {
            ProcessOnline(context, visit);
        }
        var counters = new Dictionary<char, int>();
        foreach (var visit in visits.Where(v => v.Case is not { Online: true }))
        {
            Serve(context, visit, counters);
        }
        FileComplaints(context);
        return writer.Events;
    }

    private List<Visit> Visits(TownModel town, DateOnly day)
    {
        var plan = model.Plans.Get(town, day);
        var visits = new List<Visit>(plan.Cases.Count + plan.Consultations.Count + 16);
        visits.AddRange(plan.Cases.Select(c => new Visit(c, null, Return: false, c.Arrival)));
        visits.AddRange(plan.Consultations.Select(c => new Visit(null, c, Return: false, c.Arrival)));
        var earlier = day;
        for (var back = 0; back < DayPlan.MaxReturnWorkingDays; back++)
        {
            earlier = PreviousWorkingDay(earlier);
            visits.AddRange(model.Plans.Get(town, earlier).Cases
                .Where(c => c.ReturnDay == day)
                .Select(c => new Visit(c, null, Return: true, c.ReturnArrival)));
        }
        visits.Sort((a, b) => a.Arrival != b.Arrival ? a.Arrival.CompareTo(b.Arrival) : string.CompareOrdinal(a.Key, b.Key));
        return visits;
    }

    private DateOnly PreviousWorkingDay(DateOnly day)
    {
        var d = day.AddDays(-1);
        for (var guard = 0; guard < 60 && !model.Calendar.IsWorkingDay(d); guard++)
        {
            d = d.AddDays(-1);
        }
        return d;
    }

    private IReadOnlyList<Server> PoolFor(DayContext ctx, PlannedCase planned) =>
        ctx.Items?.IsOneWindow(planned.Item.Code) == true && ctx.Staffing.Comprehensive.Count > 0
            ? ctx.Staffing.Comprehensive
            : ctx.Staffing.Professional.Count > 0 ? ctx.Staffing.Professional : ctx.Staffing.Comprehensive;

    private void ProcessOnline(DayContext ctx, Visit visit)
    {
        var planned = visit.Case!;
        var pool = PoolFor(ctx, planned);
        if (pool.Count == 0)
        {
            return;
        }
        var server = ctx.Random.Pick(pool);
        var start = Math.Max(Staffing.Minutes(visit.Arrival), server.FreeAt);
        if (ctx.Hall.SessionEnd(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(start))) is null)
        {
            start = Staffing.Minutes(visit.Arrival);
        }
        HandleCase(ctx, visit, server, start, ctx.Random.Between(3, 8), CaseChannel.Online);
    }

    private void Serve(DayContext ctx, Visit visit, Dictionary<char, int> counters)
    {
        IReadOnlyList<Server> pool;
        char prefix;
        string category;
        if (visit.Case is { } planned)
        {
            pool = PoolFor(ctx, planned);
            (prefix, category) = ReferenceEquals(pool, ctx.Staffing.Comprehensive) ? ('A', "综合受理") : ('B', "专业窗口");
        }
        else
        {
            pool = ctx.Staffing.Consultation is { } desk ? [desk] : [];
            (prefix, category) = ('C', "咨询");
        }
        if (pool.Count == 0)
        {
            return;
        }
        var arrival = Staffing.Minutes(visit.Arrival);
        var sessionEnd = ctx.Hall.SessionEnd(visit.Arrival) is { } end ? Staffing.Minutes(end) : arrival + 15;
        var server = pool[0];
        foreach (var candidate in pool)
        {
            if (candidate.FreeAt < server.FreeAt)
            {
                server = candidate;
            }
        }
        // Even at an idle window the call takes a moment: the clerk wraps up and the applicant walks over.
        var ready = arrival + ctx.Random.Between(0.5, 4);
        var start = Math.Max(ready, server.FreeAt);
        // The 潮汐 window opens for department items when their queue backs up.
        if (prefix == 'B' && start - arrival > 20 && ctx.Staffing.Tidal is { } tidal && Math.Max(ready, tidal.FreeAt) < start)
        {
            server = tidal;
            start = Math.Max(ready, tidal.FreeAt);
        }

        var number = counters.TryGetValue(prefix, out var n) ? n + 1 : 1;
        counters[prefix] = number;
        var ticket = $"{ctx.Day:yyyyMMdd}-{prefix}{number:000}";
        var writer = ctx.Writer;
        writer.Add(new TicketIssued { Id = writer.Id(ticket, "i"), Town = writer.Town, At = ctx.At(arrival), Ticket = ticket, Category = category });

        // A few leave whatever the queue (an errand, a phone call); the rest only when the wait is long.
        var leavesAnyway = ctx.Random.Chance(LeaveAnywayShare);
        var patience = leavesAnyway ? ctx.Random.Between(2, 20) : ctx.Random.Between(40, 150);
        if (leavesAnyway || start - arrival > patience || start >= sessionEnd)
        {
            var leftAt = Math.Min(arrival + patience, sessionEnd - 0.5);
            writer.Add(new TicketAbandoned { Id = writer.Id(ticket, "x"), Town = writer.Town, At = ctx.At(Math.Max(leftAt, arrival + 0.5)), Ticket = ticket });
            return;
        }

        var service = visit.Case is null ? ctx.Random.Between(3, 10)
            : !visit.Return && visit.Case.MissingMaterials is not null ? ctx.Random.Between(5, 12)
            : visit.Case.Item.IsInstant ? ctx.Random.Between(10, 22)
            : ctx.Random.Between(8, 18);
        server.FreeAt = start + service + ctx.Random.Between(1, 4);
        writer.Add(new TicketCalled { Id = writer.Id(ticket, "c"), Town = writer.Town, At = ctx.At(start), Ticket = ticket, Window = server.Window.Code, Staff = server.Staff.Id });
        writer.Add(new TicketFinished { Id = writer.Id(ticket, "f"), Town = writer.Town, At = ctx.At(start + service), Ticket = ticket });
        if (visit.Case is not null)
        {
            HandleCase(ctx, visit, server, start, service, CaseChannel.Onsite);
        }
    }

    private void HandleCase(DayContext ctx, Visit visit, Server server, double start, double service, CaseChannel channel)
    {
        var planned = visit.Case!;
        var writer = ctx.Writer;
        var caseId = planned.CaseId;
        var step = visit.Return ? "r2" : "r1";
        writer.Add(new CaseReceived
        {
            Id = writer.Id(caseId, step), Town = writer.Town, At = ctx.At(start + 0.5), Case = caseId,
            Item = planned.Item.Code, Window = server.Window.Code, Staff = server.Staff.Id, Channel = channel,
        });
        var decidedAt = ctx.At(start + service - 0.5);
        if (!visit.Return && ctx.Random.Chance(RefusalShare))
        {
            var approver = ctx.Random.Chance(UnapprovedRefusalShare) ? null : ctx.Town.Supervisor?.Id;
            writer.Add(new CaseRefused
            {
                Id = writer.Id(caseId, "x"), Town = writer.Town, At = decidedAt, Case = caseId,
                Reason = ctx.Random.Pick(RefusalReasons), ApprovedBy = approver,
            });
            return;
        }
        if (!visit.Return && planned.MissingMaterials is { } missing)
        {
            writer.Add(new CaseSupplementRequested { Id = writer.Id(caseId, "s"), Town = writer.Town, At = decidedAt, Case = caseId, Materials = missing });
            return;
        }
        writer.Add(new CaseAccepted
        {
            Id = writer.Id(caseId, "a"), Town = writer.Town, At = decidedAt, Case = caseId,
            Item = planned.Item.Code, Window = server.Window.Code, Staff = server.Staff.Id, Channel = channel,
        });
        ctx.Accepted.Add((planned, visit.Return, start));
        _lifecycle.Run(writer, ctx.Random, ctx.Town, planned, decidedAt, server.Window, server.Staff);
    }

    private void FileComplaints(DayContext ctx)
    {
        var count = ctx.Random.Count(ctx.Accepted.Count * ComplaintsPerAcceptedCase + 0.02);
        for (var number = 1; number <= count; number++)
        {
            var complaintId = $"T{ctx.Day:yyyyMMdd}-{ctx.Town.NumberPart}-{number:00}";
            string? caseId = null;
            var filedMinutes = Staffing.Minutes(ctx.Hall.TimeAtFraction(ctx.Random.NextDouble()));
            var category = PickCategory(ctx.Random, multipleTrips: false);
            if (ctx.Accepted.Count > 0 && ctx.Random.Chance(0.7))
            {
                var (planned, returned, visitStart) = ctx.Random.Pick(ctx.Accepted);
                caseId = planned.CaseId;
                category = PickCategory(ctx.Random, returned);
                filedMinutes = Math.Max(filedMinutes, visitStart + 20);
            }
            var filedAt = ctx.Hall.AddServingMinutes(ctx.At(filedMinutes), 0);
            var writer = ctx.Writer;
            var random = ctx.Random;
            var timeline = new Timeline(filedAt);
            var day = ctx.Hall.DayMinutes;
            writer.Add(new ComplaintFiled
            {
                Id = writer.Id(complaintId, "f"), Town = writer.Town, At = timeline.Next(filedAt), Complaint = complaintId, Case = caseId,
                Category = category, Channel = random.Pick(ComplaintChannels),
            });
            var respondedAt = timeline.Next(ctx.Hall.AddServingMinutes(filedAt, random.Chance(0.92) ? random.Between(20, 400) : random.Between(day + 10, day * 2)));
            writer.Add(new ComplaintResponded { Id = writer.Id(complaintId, "r"), Town = writer.Town, At = respondedAt, Complaint = complaintId });
            var resolvedAt = timeline.Next(random.Chance(0.9)
                ? ctx.Hall.AddServingMinutes(respondedAt, random.Between(0.5, 3.5) * day)
                : ctx.Hall.AddServingMinutes(filedAt, random.Between(5.5, 8) * day));
            writer.Add(new ComplaintResolved { Id = writer.Id(complaintId, "s"), Town = writer.Town, At = resolvedAt, Complaint = complaintId, Substantiated = random.Chance(0.35) });
            writer.Add(new ComplaintFollowedUp
            {
                Id = writer.Id(complaintId, "u"), Town = writer.Town, At = timeline.Next(ctx.Hall.AddServingMinutes(resolvedAt, random.Between(0.2, 2) * day)),
                Complaint = complaintId, Satisfied = random.Chance(0.8),
            });
        }
    }

    private static ComplaintCategory PickCategory(Random random, bool multipleTrips)
    {
        if (multipleTrips && random.Chance(0.6))
        {
            return ComplaintCategory.MultipleTrips;
        }
        return random.NextDouble() switch
        {
            < 0.30 => ComplaintCategory.Attitude,
            < 0.45 => ComplaintCategory.Overtime,
            < 0.65 => ComplaintCategory.UnclearMaterials,
            < 0.75 => ComplaintCategory.BuckPassing,
            < 0.90 => ComplaintCategory.MultipleTrips,
            _ => ComplaintCategory.Other,
        };
    }

    private sealed record Visit(PlannedCase? Case, PlannedConsultation? Consultation, bool Return, TimeOnly Arrival)
    {
        /// <summary>Breaks ties between visits arriving in the same second, the same way every run.</summary>
        public string Key { get; } = Case is { } c ? $"{(Return ? 'R' : 'N')}{c.CaseId}" : $"Q{Consultation!.Number:0000}";
    }

    private sealed class DayContext(EventWriter writer, Random random, TownModel town, DateOnly day, Staffing staffing, ItemCatalog.Snapshot? items, HallTime hall)
    {
        public EventWriter Writer { get; } = writer;
        public Random Random { get; } = random;
        public TownModel Town { get; } = town;
        public DateOnly Day { get; } = day;
        public Staffing Staffing { get; } = staffing;
        public ItemCatalog.Snapshot? Items { get; } = items;
        public HallTime Hall { get; } = hall;
        public List<(PlannedCase Case, bool Returned, double Start)> Accepted { get; } = [];

        public DateTimeOffset At(double minutes) =>
            EventWriter.Second(HallTime.At(Day, TimeOnly.MinValue).AddMinutes(minutes));
    }
}
