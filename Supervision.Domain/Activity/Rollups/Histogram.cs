using System.Runtime.InteropServices;

namespace Supervision.Domain.Activity.Rollups;

/// <summary>
/// Counts of values in fixed-width bins, so that percentiles of any period can be merged from daily
/// rows without keeping every value. Bin b holds values in [b·width, (b+1)·width); negative values
/// go to bin 0. Stored as <c>"bin:count,bin:count"</c>, bins ascending, empty string when empty.
/// Percentiles are exact to the bin: they return the upper edge of the bin holding the
/// nearest-rank value, i.e. “at most this much”.
/// </summary>
public sealed class Histogram
{
    /// <summary>Processing time: 0.1 working day (54 minutes of a 9-hour hall day).</summary>
    public const double ProcessingDaysBinWidth = 0.1;

    /// <summary>Queue wait: 30 seconds.</summary>
    public const double WaitSecondsBinWidth = 30;

    // Hashed, not sorted: a period's histogram merges thousands of daily texts (a province month: 40,000
    // town-days × 2), so each added bin must be O(1); the few readers sort the handful of bins once.
    private readonly Dictionary<int, long> _bins = [];

    public Histogram(double binWidth)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(binWidth);
        BinWidth = binWidth;
    }

    public double BinWidth { get; }
    public long Count { get; private set; }

    public static Histogram Parse(string text, double binWidth)
    {
        var histogram = new Histogram(binWidth);
        histogram.AddText(text);
        return histogram;
    }

    public void Add(double value) => AddToBin(BinOf(value), 1);

    /// <summary>Adds <paramref name="count"/> values (negative: takes them away, for rollup deltas).</summary>
    internal void Add(double value, long count) => AddToBin(BinOf(value), count);

    /// <summary>True when some bin holds a negative count: a delta took away more than was there.</summary>
    internal bool HasNegativeBin => _bins.Values.Any(c => c < 0);

    public void Merge(Histogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.BinWidth != BinWidth)
        {
            throw new ArgumentException("只能合并分箱宽度相同的直方图。", nameof(other));
        }
        foreach (var (bin, count) in other._bins)
        {
            AddToBin(bin, count);
        }
    }

    /// <summary>Adds a histogram's text; several texts joined with ',' add up too (a database's string_agg of daily rows).</summary>
    public void Merge(string text) => AddText(text);

    /// <summary>Nearest-rank percentile (0 &lt; p ≤ 1) as the upper edge of its bin; null when empty.</summary>
    public double? Percentile(double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        if (Count == 0)
        {
            return null;
        }
        var rank = (long)Math.Ceiling(p * Count);
        long seen = 0;
        foreach (var (bin, count) in Sorted())
        {
            seen += count;
            if (seen >= rank)
            {
                return (bin + 1) * BinWidth;
            }
        }
        throw new InvalidOperationException("直方图计数不一致。");
    }

    public double? Median => Percentile(0.5);
    public double? P90 => Percentile(0.9);

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (bin, count) in Sorted())
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }
            text.Append(bin.ToString(CultureInfo.InvariantCulture)).Append(':').Append(count.ToString(CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    // The small epsilon keeps values that sit exactly on an edge (0.3 / 0.1 = 2.9999…) in the upper bin.
    private int BinOf(double value) => value <= 0 ? 0 : (int)Math.Floor(value / BinWidth + 1e-9);

    private IEnumerable<KeyValuePair<int, long>> Sorted() => _bins.OrderBy(b => b.Key);

    // Reads "bin:count,bin:count" without allocating a string per part.
    private void AddText(string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        var rest = text.AsSpan();
        while (true)
        {
            var comma = rest.IndexOf(',');
            var part = comma < 0 ? rest : rest[..comma];
            var colon = part.IndexOf(':');
            if (colon <= 0
                || !int.TryParse(part[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var bin)
                || !long.TryParse(part[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new FormatException($"直方图格式错误：“{part}”，应为“分箱:数量”。");
            }
            AddToBin(bin, count);
            if (comma < 0)
            {
                return;
            }
            rest = rest[(comma + 1)..];
        }
    }

    private void AddToBin(int bin, long count)
    {
        if (count == 0)
        {
            return;
        }
        ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(_bins, bin, out _);
        total += count;
        if (total == 0)
        {
            // A bin emptied by a delta disappears, so the text equals that of a histogram built from scratch.
            _bins.Remove(bin);
        }
        Count += count;
    }
}
