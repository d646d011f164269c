namespace Supervision.Web.Simulation;

/// <summary>
/// When applicants take a ticket: half-hour slots weighted with the usual peaks (about 9–11 and
/// 14–16), none in the last quarter hour of a session so everyone can still be called before it ends.
/// </summary>
internal sealed class ArrivalProfile
{
    public const int LastTicketMinutesBeforeEnd = 15;

    private readonly (TimeOnly Start, double Minutes)[] _slots;
    private readonly double[] _cumulative;

    public ArrivalProfile(HallTime hallTime)
    {
        var slots = new List<(TimeOnly, double)>();
        foreach (var (start, end) in hallTime.Sessions)
        {
            var last = end.Add(TimeSpan.FromMinutes(-LastTicketMinutesBeforeEnd));
            for (var slot = start; slot < last; slot = slot.Add(TimeSpan.FromMinutes(30)))
            {
                var slotEnd = slot.Add(TimeSpan.FromMinutes(30));
                var length = ((slotEnd < last ? slotEnd : last) - slot).TotalMinutes;
                slots.Add((slot, length));
                if (slotEnd < slot)
                {
                    break;
                }
            }
        }
        _slots = [.. slots];
        _cumulative = new double[_slots.Length];
        var sum = 0.0;
        for (var i = 0; i < _slots.Length; i++)
        {
            sum += Weight(_slots[i].Start) * _slots[i].Minutes / 30.0;
            _cumulative[i] = sum;
        }
    }

    public TimeOnly Draw(Random random)
    {
        var (start, minutes) = _slots[random.PickCumulative(_cumulative)];
        return start.Add(TimeSpan.FromSeconds(Math.Floor(random.NextDouble() * minutes * 60)));
    }

    /// <summary>Relative arrival rate of the half hour starting at <paramref name="slot"/>.</summary>
    public static double Weight(TimeOnly slot) => (slot.Hour * 60 + slot.Minute) switch
    {
        < 9 * 60 => 0.7,
        < 9 * 60 + 30 => 1.3,
        < 10 * 60 + 30 => 1.6,
        < 11 * 60 => 1.3,
        < 11 * 60 + 30 => 0.9,
        < 12 * 60 => 0.5,
        < 14 * 60 => 0.7,
        < 14 * 60 + 30 => 1.2,
        < 15 * 60 + 30 => 1.4,
        < 16 * 60 => 1.1,
        < 16 * 60 + 30 => 0.8,
        < 17 * 60 => 0.6,
        _ => 0.3,
    };
}
