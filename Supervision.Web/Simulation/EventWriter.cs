namespace Supervision.Web.Simulation;

/// <summary>
/// Collects one town-day's events. Ids are <c>sim-{town}-{subject}-{step}</c>: stable for a seed,
/// unique because every subject id carries its day and number, and short (well under 64 characters).
/// </summary>
internal sealed class EventWriter(string town)
{
    public string Town { get; } = town;
    public List<HallEvent> Events { get; } = [];

    public string Id(string subject, string step) => $"sim-{Town}-{subject}-{step}";

    public void Add(HallEvent e) => Events.Add(e);

    /// <summary>Whole seconds at +08:00, as a hall system would report them.</summary>
    public static DateTimeOffset Second(DateTimeOffset instant)
    {
        var local = instant.ToOffset(Domain.Calendar.WorkingCalendar.ChinaOffset);
        return local.AddTicks(-(local.Ticks % TimeSpan.TicksPerSecond));
    }
}

/// <summary>Keeps one subject's events in strictly increasing order of time.</summary>
internal struct Timeline(DateTimeOffset start)
{
    private DateTimeOffset _last = EventWriter.Second(start).AddSeconds(-1);

    public readonly DateTimeOffset Last => _last;

    public DateTimeOffset Next(DateTimeOffset at)
    {
        var second = EventWriter.Second(at);
        _last = second > _last ? second : _last.AddSeconds(1);
        return _last;
    }
}
