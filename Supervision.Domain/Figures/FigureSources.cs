using Supervision.Domain.Activity.Rollups;
using Supervision.Domain.Reference;
using Supervision.Domain.Targets;

namespace Supervision.Domain.Figures;

/// <summary>
/// What figures are computed from. The calculator picks the rows of the scope and period itself, so
/// a caller may pass more (e.g. every hall's rows of a month) without filtering first.
/// </summary>
public sealed record FigureSources
{
    public IEnumerable<TownDayRollup> TownDays { get; init; } = [];
    public IEnumerable<StaffDayRollup> StaffDays { get; init; } = [];
    public IEnumerable<ItemDayRollup> ItemDays { get; init; } = [];

    /// <summary>
    /// The rows (one per town and day) of days whose closing time had not passed when the figures were read
    /// (<see cref="DueCutoff.NotPassed"/>): items due on them and still open are not missed yet.
    /// </summary>
    public IEnumerable<TownDayRollup> NotYetDue { get; init; } = [];

    /// <summary>The whole <see cref="HallItemStatus"/> history; coverage is taken as of the period's last day.</summary>
    public IEnumerable<HallItemStatus> ItemHistory { get; init; } = [];

    /// <summary>
    /// Every hall's pilot standing, which decides the targets that apply to it (<see cref="TargetRules"/>);
    /// a hall missing here is neither a pilot nor rolled out.
    /// </summary>
    public IReadOnlyList<HallStanding> Halls { get; init; } = [];

    /// <summary>Per staff member (by id): what their score needs beyond the day rows; a missing entry is <see cref="StaffContext.None"/>.</summary>
    public IReadOnlyDictionary<string, StaffContext> Staff { get; init; } = new Dictionary<string, StaffContext>();

    /// <summary>Live state per hall; left out when the figures are not about “now” (e.g. last month's bulletin).</summary>
    public IEnumerable<LiveHallState> Live { get; init; } = [];
}
