namespace Supervision.Domain.Calendar;

/// <summary>
/// Working days and working time of the halls (DOMAIN.md “Time”): Mon–Fri that is not an official
/// holiday, plus official make-up workdays. Immutable and thread-safe; build one per holiday data set
/// and share it. Every query is O(1) and allocation-free, except <see cref="Deadline"/> with pauses.
/// </summary>
public sealed class WorkingCalendar
{
    /// <summary>China Standard Time: fixed, no daylight saving, so no time-zone database is needed.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private readonly WorkingDayIndex _index;
    private readonly long _openingTicks;
    private readonly long _closingTicks;
    private readonly long _lengthTicks;

    public WorkingCalendar(IEnumerable<HolidayDay> days, HallHours? hours = null)
    {
        ArgumentNullException.ThrowIfNull(days);
        var listed = days as IReadOnlyCollection<HolidayDay> ?? days.ToList();
        Hours = hours ?? HallHours.Default;
        if (Hours.Length <= TimeSpan.Zero)
        {
            // A `with` expression can bypass HallHours' own check.
            throw new ArgumentException($"大厅关门时间 {Hours.Closing:HH:mm} 必须晚于开门时间 {Hours.Opening:HH:mm}。", nameof(hours));
        }
        _openingTicks = Hours.Opening.Ticks;
        _closingTicks = Hours.Closing.Ticks;
        _lengthTicks = Hours.Length.Ticks;
        _index = new WorkingDayIndex(ToOffDayMap(listed));
        KeptYears = listed.GroupBy(d => d.Date.Year)
            .Where(year => HolidayYear.HasSpringFestival(year))
            .Select(year => year.Key)
            .ToHashSet();
    }

    public HallHours Hours { get; }

    /// <summary>
    /// Years whose 放假安排 the data hold (a year with a 春节 day off). Elsewhere working days fall back
    /// to Mon–Fri, and deadlines reaching there are provisional (暂定).
    /// </summary>
    public IReadOnlySet<int> KeptYears { get; }

    /// <summary>Whether any day from <paramref name="from"/> to <paramref name="to"/> lies in a year the data do not keep.</summary>
    public bool IsProvisional(DateOnly from, DateOnly to)
    {
        for (var year = Math.Min(from.Year, to.Year); year <= Math.Max(from.Year, to.Year); year++)
        {
            if (!KeptYears.Contains(year))
            {
                return true;
            }
        }
        return false;
    }

    public static DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDayNumber((int)(LocalTicks(instant) / TimeSpan.TicksPerDay));

    public static DateTimeOffset AtLocal(DateOnly date, TimeOnly time) =>
        new(date.ToDateTime(time), ChinaOffset);

    public bool IsWorkingDay(DateOnly date) => _index.IsWorking(date.DayNumber);

    public DateOnly NextWorkingDay(DateOnly date) =>
        DateOnly.FromDayNumber(_index.NthWorkingDay(_index.Cum(date.DayNumber) + 1));

    /// <summary>The n-th working day after <paramref name="start"/>, which itself is not counted.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        return n == 0 ? start : DateOnly.FromDayNumber(_index.NthWorkingDay(_index.Cum(start.DayNumber) + n));
    }

    /// <summary>
    /// The day a time limit starts from. Acceptance at or after closing time, or on a non-working day,
    /// counts as acceptance on the next working day.
    /// </summary>
    public DateOnly EffectiveAcceptanceDay(DateTimeOffset acceptedAt)
    {
        var local = LocalTicks(acceptedAt);
        var dayNumber = (int)(local / TimeSpan.TicksPerDay);
        var worked = _index.IsWorking(dayNumber) && local % TimeSpan.TicksPerDay < _closingTicks;
        var day = worked ? dayNumber : _index.NthWorkingDay(_index.Cum(dayNumber) + 1);
        return DateOnly.FromDayNumber(day);
    }

    /// <summary>
    /// Closing time of the <paramref name="limitDays"/>-th working day after the effective acceptance
    /// day, extended by the working time spent inside <paramref name="pauses"/> (overlaps counted once).
    /// The extension runs on through the hall hours of the following working days. Returned at +08:00.
    /// </summary>
    public DateTimeOffset Deadline(DateTimeOffset acceptedAt, int limitDays, IEnumerable<InstantRange>? pauses = null)
    {
        var dueDay = AddWorkingDays(EffectiveAcceptanceDay(acceptedAt), limitDays);
        var due = AtLocal(dueDay, Hours.Closing);
        return pauses is null ? due : AddWorkingTime(due, PausedWorkingTime(pauses));
    }

    /// <summary>
    /// Where the promise clock starts: closing time of the effective acceptance day. A limit of N working
    /// days ends N hall days of working time after it, so the rest of the acceptance day is on no clock.
    /// </summary>
    public DateTimeOffset PromiseClockStart(DateTimeOffset acceptedAt) =>
        AtLocal(EffectiveAcceptanceDay(acceptedAt), Hours.Closing);

    /// <summary>
    /// Working days used on the clock <see cref="Deadline"/> counts on (提速率 compares them with the
    /// promised days): working time from <see cref="PromiseClockStart"/> to <paramref name="stop"/>,
    /// less the working time of <paramref name="pauses"/> inside that window (overlaps counted once),
    /// in hall days. A case stopped on its effective acceptance day has used 0 days.
    /// </summary>
    public double PromiseClockUsedDays(DateTimeOffset acceptedAt, DateTimeOffset stop, IEnumerable<InstantRange> pauses)
    {
        ArgumentNullException.ThrowIfNull(pauses);
        var start = PromiseClockStart(acceptedAt);
        if (stop <= start)
        {
            return 0;
        }
        var inWindow = pauses.Select(p => new InstantRange(p.Start > start ? p.Start : start, p.End < stop ? p.End : stop));
        var used = WorkingTimeBetween(start, stop) - PausedWorkingTime(inWindow);
        return Math.Max(0, (double)used.Ticks / _lengthTicks);
    }

    /// <summary>
    /// <see cref="Deadline"/>, and whether counting to it crossed a year without calendar data, which
    /// makes it provisional: it may move once that year's 放假安排 is entered.
    /// </summary>
    public CalendarDeadline DeadlineOf(DateTimeOffset acceptedAt, int limitDays, IEnumerable<InstantRange>? pauses = null)
    {
        var due = Deadline(acceptedAt, limitDays, pauses);
        return new CalendarDeadline(due, IsProvisional(LocalDate(acceptedAt), LocalDate(due)));
    }

    /// <summary>
    /// The earliest instant at or after <paramref name="from"/> by which <paramref name="span"/> of
    /// working time has passed. A whole number of hall days ends at a closing time, not at the next opening.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(span, TimeSpan.Zero);
        if (span == TimeSpan.Zero)
        {
            return from;
        }
        var target = WorkingTicksBefore(from) + span.Ticks;
        var wholeDays = target / _lengthTicks;
        var rest = target % _lengthTicks;
        var result = rest == 0
            ? _index.NthWorkingDay((int)wholeDays) * TimeSpan.TicksPerDay + _closingTicks
            : _index.NthWorkingDay((int)wholeDays + 1) * TimeSpan.TicksPerDay + _openingTicks + rest;
        return new DateTimeOffset(result, ChinaOffset);
    }

    /// <summary>Overlap of [from, to) with hall hours on working days; negative when to precedes from.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to) =>
        new(WorkingTicksBefore(to) - WorkingTicksBefore(from));

    public double WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to) =>
        (double)(WorkingTicksBefore(to) - WorkingTicksBefore(from)) / _lengthTicks;

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when to precedes from.</summary>
    public int WorkingDaysElapsed(DateOnly from, DateOnly to) =>
        _index.Cum(to.DayNumber) - _index.Cum(from.DayNumber);

    // Working time from 0001-01-01 up to the instant: whole working days before its local date plus
    // the part of its own day inside hall hours. Differences of this give working time in O(1).
    private long WorkingTicksBefore(DateTimeOffset instant)
    {
        var local = LocalTicks(instant);
        var dayNumber = (int)(local / TimeSpan.TicksPerDay);
        var ticks = (long)_index.Cum(dayNumber - 1) * _lengthTicks;
        if (_index.IsWorking(dayNumber))
        {
            var intoDay = local % TimeSpan.TicksPerDay - _openingTicks;
            ticks += Math.Clamp(intoDay, 0, _lengthTicks);
        }
        return ticks;
    }

    private TimeSpan PausedWorkingTime(IEnumerable<InstantRange> pauses)
    {
        var spans = pauses.Where(p => p.End > p.Start).OrderBy(p => p.Start).ToList();
        var total = TimeSpan.Zero;
        var i = 0;
        while (i < spans.Count)
        {
            var (start, end) = (spans[i].Start, spans[i].End);
            for (i++; i < spans.Count && spans[i].Start <= end; i++)
            {
                if (spans[i].End > end)
                {
                    end = spans[i].End;
                }
            }
            total += WorkingTimeBetween(start, end);
        }
        return total;
    }

    private static long LocalTicks(DateTimeOffset instant) => instant.UtcTicks + ChinaOffset.Ticks;

    private static Dictionary<DateOnly, bool> ToOffDayMap(IEnumerable<HolidayDay> days)
    {
        var map = new Dictionary<DateOnly, bool>();
        foreach (var day in days)
        {
            if (map.TryGetValue(day.Date, out var isOff) && isOff != day.IsOffDay)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"节假日数据中 {day.Date:yyyy-MM-dd} 同时被列为放假日和调休上班日。"), nameof(days));
            }
            map[day.Date] = day.IsOffDay;
        }
        return map;
    }
}
