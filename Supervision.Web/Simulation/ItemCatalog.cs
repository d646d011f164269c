namespace Supervision.Web.Simulation;

/// <summary>
/// One hall's stationed items as of any date, with how often each is applied for. Built from the
/// status history once; a date lookup is a binary search over the dates the history changes.
/// </summary>
internal sealed class ItemCatalog
{
    private readonly DateOnly[] _dates;
    private readonly Snapshot[] _snapshots;

    public ItemCatalog(string town, IReadOnlyList<HallItemStatus> statuses, IReadOnlyDictionary<string, ServiceItem> items)
    {
        var history = statuses
            .Where(s => s.TownCode == town && items.ContainsKey(s.ItemCode))
            .OrderBy(s => s.EffectiveFrom)
            .ThenBy(s => s.Id)
            .ToList();
        _dates = history.Select(s => s.EffectiveFrom).Distinct().ToArray();
        _snapshots = new Snapshot[_dates.Length];
        var current = new SortedDictionary<string, HallItemStatus>(StringComparer.Ordinal);
        var next = 0;
        for (var i = 0; i < _dates.Length; i++)
        {
            for (; next < history.Count && history[next].EffectiveFrom == _dates[i]; next++)
            {
                current[history[next].ItemCode] = history[next];
            }
            _snapshots[i] = new Snapshot(current.Values.Where(s => s.Stationed).Select(s => new Entry(items[s.ItemCode], s.OneWindowEnabled)).ToArray());
        }
    }

    /// <summary>The stationed items on <paramref name="date"/>; null before the hall stationed any.</summary>
    public Snapshot? On(DateOnly date)
    {
        var index = Array.BinarySearch(_dates, date);
        index = index < 0 ? ~index - 1 : index;
        return index < 0 || _snapshots[index].Entries.Length == 0 ? null : _snapshots[index];
    }

    public sealed record Entry(ServiceItem Item, bool OneWindow);

    public sealed class Snapshot
    {
        private readonly double[] _cumulative;
        private readonly HashSet<string> _oneWindow;

        public Snapshot(Entry[] entries)
        {
            Entries = entries;
            _oneWindow = entries.Where(e => e.OneWindow).Select(e => e.Item.Code).ToHashSet(StringComparer.Ordinal);
            _cumulative = new double[entries.Length];
            var sum = 0.0;
            for (var i = 0; i < entries.Length; i++)
            {
                sum += Popularity(entries[i].Item);
                _cumulative[i] = sum;
            }
        }

        public Entry[] Entries { get; }

        /// <summary>Whether the item is enabled for one-window acceptance here; false when not stationed.</summary>
        public bool IsOneWindow(string itemCode) => _oneWindow.Contains(itemCode);

        public Entry Draw(Random random) => Entries[random.PickCumulative(_cumulative)];
    }

    // Fixed by the item code, not the seed: 社保 or 户籍 items stay popular in every run, and a few
    // items dominate, as in real halls.
    private static double Popularity(ServiceItem item)
    {
        var weight = Math.Exp(-2.0 * SimRandom.Unit(item.Code));
        if (item.ApplicantType == ApplicantType.Enterprise)
        {
            weight *= 0.5;
        }
        if (item.IsInstant)
        {
            weight *= 1.3;
        }
        return weight;
    }
}
