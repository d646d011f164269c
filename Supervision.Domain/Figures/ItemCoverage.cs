using Supervision.Domain.Reference;

namespace Supervision.Domain.Figures;

/// <summary>
/// Figure 1, 一窗受理事项覆盖率, from the <see cref="HallItemStatus"/> history: for each town and item
/// the latest row with EffectiveFrom ≤ the date decides; the share is stationed (进驻) items enabled
/// for one-window acceptance ÷ stationed items. Items not stationed are in neither part. For several
/// towns (the county) both parts are summed, so large halls weigh more than small ones.
/// </summary>
public static class ItemCoverage
{
    public static Ratio AsOf(IEnumerable<HallItemStatus> history, DateOnly date, Func<HallItemStatus, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        long stationed = 0, enabled = 0;
        var latest = history
            .Where(s => s.EffectiveFrom <= date && (include is null || include(s)))
            .GroupBy(s => (s.TownCode, s.ItemCode))
            // Two rows on the same day: the later stored (higher Id) is the correction.
            .Select(g => g.OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Id).First());
        foreach (var status in latest)
        {
            if (!status.Stationed)
            {
                continue;
            }
            stationed++;
            if (status.OneWindowEnabled)
            {
                enabled++;
            }
        }
        return Ratio.Of(enabled, stationed);
    }

    public static Ratio AsOf(IEnumerable<HallItemStatus> history, DateOnly date, Scope scope) => scope.Kind switch
    {
        ScopeKind.Town => AsOf(history, date, s => s.TownCode == scope.Code),
        // For one item: the halls that station it and have enabled it.
        ScopeKind.Item => AsOf(history, date, s => s.ItemCode == scope.Code),
        ScopeKind.Staff => Ratio.Empty,
        _ => AsOf(history, date),
    };
}
