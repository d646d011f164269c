namespace Supervision.Web.Simulation;

/// <summary>
/// When a hall actually serves people: its opening hours minus the lunch break (12:00–13:30), on
/// working days. The calendar counts lunch as working time for deadlines; the simulator must not
/// place any call or decision inside it. Arithmetic is on local ticks because it runs for every
/// step of every case.
/// </summary>
internal sealed class HallTime
{
    public static readonly TimeOnly LunchStart = new(12, 0);
    public static readonly TimeOnly LunchEnd = new(13, 30);

    private static readonly long OffsetTicks = WorkingCalendar.ChinaOffset.Ticks;

    private readonly WorkingCalendar _calendar;
    private readonly (long Start, long End)[] _sessionTicks;

    public HallTime(WorkingCalendar calendar)
    {
        _calendar = calendar;
        Opening = calendar.Hours.Opening;
        Closing = calendar.Hours.Closing;
        var morningEnd = LunchStart < Closing ? LunchStart : Closing;
        var afternoonStart = LunchEnd > Opening ? LunchEnd : Opening;
        Sessions = afternoonStart < Closing && morningEnd > Opening
            ? [(Opening, morningEnd), (afternoonStart, Closing)]
            : [(Opening, Closing)];
        _sessionTicks = Sessions.Select(s => (s.Start.Ticks, s.End.Ticks)).ToArray();
        DayMinutes = Sessions.Sum(s => (s.End - s.Start).TotalMinutes);
    }

    public TimeOnly Opening { get; }
    public TimeOnly Closing { get; }
    public IReadOnlyList<(TimeOnly Start, TimeOnly End)> Sessions { get; }

    /// <summary>Serving minutes in one working day (450 with the default hours).</summary>
    public double DayMinutes { get; }

    public static DateTimeOffset At(DateOnly day, TimeOnly time) => WorkingCalendar.AtLocal(day, time);

    /// <summary>
    /// The instant <paramref name="minutes"/> of serving time after <paramref name="from"/>, skipping
    /// nights, lunch breaks and days off. A start outside serving time first moves to the next
    /// session; the result is never a session's end, always a moment someone can be served.
    /// </summary>
    public DateTimeOffset AddServingMinutes(DateTimeOffset from, double minutes)
    {
        var local = from.UtcTicks + OffsetTicks;
        var dayNumber = (int)(local / TimeSpan.TicksPerDay);
        var time = local % TimeSpan.TicksPerDay;
        var remaining = (long)(Math.Max(0, minutes) * TimeSpan.TicksPerMinute);
        while (true)
        {
            if (_calendar.IsWorkingDay(DateOnly.FromDayNumber(dayNumber)))
            {
                foreach (var (start, end) in _sessionTicks)
                {
                    if (time >= end)
                    {
                        continue;
                    }
                    var begin = Math.Max(time, start);
                    var available = end - begin;
                    if (remaining < available)
                    {
                        return new DateTimeOffset((long)dayNumber * TimeSpan.TicksPerDay + begin + remaining, WorkingCalendar.ChinaOffset);
                    }
                    remaining -= available;
                    time = end;
                }
            }
            dayNumber = _calendar.NextWorkingDay(DateOnly.FromDayNumber(dayNumber)).DayNumber;
            time = 0;
        }
    }

    /// <summary>A time of day inside the sessions, <paramref name="fraction"/> of the serving day in.</summary>
    public TimeOnly TimeAtFraction(double fraction)
    {
        var minutes = Math.Clamp(fraction, 0, 0.9999) * DayMinutes;
        foreach (var (start, end) in Sessions)
        {
            var length = (end - start).TotalMinutes;
            if (minutes < length)
            {
                return start.Add(TimeSpan.FromMinutes(minutes));
            }
            minutes -= length;
        }
        return Sessions[^1].End.Add(TimeSpan.FromMinutes(-1));
    }

    /// <summary>The end of the session containing <paramref name="time"/>, or null outside sessions.</summary>
    public TimeOnly? SessionEnd(TimeOnly time)
    {
        foreach (var (start, end) in Sessions)
        {
            if (time >= start && time < end)
            {
                return end;
            }
        }
        return null;
    }
}
