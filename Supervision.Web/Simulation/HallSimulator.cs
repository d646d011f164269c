namespace Supervision.Web.Simulation;

/// <summary>
/// Deterministic generator of contract-v1 events for all halls: the same reference data, calendar
/// and seed always give the same events with the same ids, and any time range gives exactly the
/// events of a larger range that fall inside it. Pure: no clock, no I/O.
/// </summary>
public sealed class HallSimulator
{
    /// <summary>
    /// How far a day's events can reach ahead: a case's lifecycle (20-day limit, pause, overdue,
    /// late review, late rectification, follow-up) stays well inside this, holidays included.
    /// </summary>
    public const int LookbackDays = 150;

    private readonly SimulationModel _model;
    private readonly HallDayGenerator _days;

    public HallSimulator(SimulationReference reference, WorkingCalendar calendar, int seed)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(calendar);
        _model = new SimulationModel(reference, calendar, seed);
        _days = new HallDayGenerator(_model);
    }

    public int Seed => _model.Seed;

    /// <summary>All events with <paramref name="from"/> ≤ At &lt; <paramref name="to"/>, ordered by At then Id.</summary>
    public IReadOnlyList<HallEvent> Generate(DateTimeOffset from, DateTimeOffset to) => OpenCursor(from).Advance(to);

    /// <summary>A reader positioned at <paramref name="from"/> that hands out the timeline piece by piece.</summary>
    public HallEventCursor OpenCursor(DateTimeOffset from) => new(this, from);

    /// <summary>Every event that starts on <paramref name="day"/> in every hall, including its future, unordered.</summary>
    internal IEnumerable<HallEvent> Originating(DateOnly day) => _model.Towns.SelectMany(t => _days.Generate(t, day));
}

/// <summary>
/// Walks the simulated timeline forward. Days are generated lazily as the position reaches them;
/// events that lie ahead wait in a priority queue, so memory holds only the open future.
/// </summary>
public sealed class HallEventCursor
{
    private static readonly IComparer<HallEvent> Order = Comparer<HallEvent>.Create((a, b) =>
    {
        var byTime = a.At.UtcTicks.CompareTo(b.At.UtcTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    });

    private readonly HallSimulator _simulator;
    private readonly PriorityQueue<HallEvent, HallEvent> _pending = new(Order);
    private DateOnly _nextDay;

    internal HallEventCursor(HallSimulator simulator, DateTimeOffset from)
    {
        _simulator = simulator;
        Position = from;
        _nextDay = WorkingCalendar.LocalDate(from).AddDays(-HallSimulator.LookbackDays);
    }

    /// <summary>Everything before this instant has been handed out (or was before the start).</summary>
    public DateTimeOffset Position { get; private set; }

    /// <summary>Events with Position ≤ At &lt; <paramref name="to"/>, in order; then Position becomes <paramref name="to"/>.</summary>
    public IReadOnlyList<HallEvent> Advance(DateTimeOffset to)
    {
        if (to <= Position)
        {
            return [];
        }
        while (HallTime.At(_nextDay, TimeOnly.MinValue) < to)
        {
            foreach (var e in _simulator.Originating(_nextDay))
            {
                if (e.At >= Position)
                {
                    _pending.Enqueue(e, e);
                }
            }
            _nextDay = _nextDay.AddDays(1);
        }
        var result = new List<HallEvent>();
        while (_pending.TryPeek(out var next, out _) && next.At < to)
        {
            result.Add(_pending.Dequeue());
        }
        Position = to;
        return result;
    }
}
