namespace Supervision.Web.Simulation;

/// <summary>
/// A small thread-safe memo of per-town, per-day values. Generation walks forward through the days
/// and keeps asking about the few days around the current one (who returns today, who issues next
/// week), so entries far behind the newest request are dropped once the memo grows.
/// </summary>
internal sealed class RecentDays<T>(Func<TownModel, DateOnly, T> compute, int keepDays)
{
    private const int Capacity = 4096;

    private readonly Dictionary<(string Town, int Day), T> _values = [];
    private readonly Lock _lock = new();
    private int _newest = int.MinValue;

    public T Get(TownModel town, DateOnly day)
    {
        var key = (town.Code, day.DayNumber);
        lock (_lock)
        {
            if (_values.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }
        var value = compute(town, day);
        lock (_lock)
        {
            _newest = Math.Max(_newest, day.DayNumber);
            if (_values.Count >= Capacity)
            {
                var oldest = _newest - keepDays;
                foreach (var stale in _values.Keys.Where(k => k.Day < oldest).ToList())
                {
                    _values.Remove(stale);
                }
                if (_values.Count >= Capacity)
                {
                    _values.Clear();
                }
            }
            _values[key] = value;
        }
        return value;
    }
}
