namespace Supervision.Domain.Activity.Rollups;

/// <summary>
/// The records that touch one (Town, Day): those whose <c>RollupDays()</c> contain the day. Passing
/// more is harmless; <see cref="RollupCalculator"/> checks each attribution day and the town itself.
/// </summary>
public sealed class DayRecords
{
    public IReadOnlyList<CaseRecord> Cases { get; init; } = [];
    public IReadOnlyList<TicketRecord> Tickets { get; init; } = [];
    public IReadOnlyList<ReviewRecord> Reviews { get; init; } = [];
    public IReadOnlyList<ComplaintRecord> Complaints { get; init; } = [];
    public IReadOnlyList<AttendanceRecord> Attendance { get; init; } = [];
}

/// <summary>All rollup rows of one (Town, Day). Staff and item rows exist only for staff and items active that day.</summary>
public sealed record DayRollups(TownDayRollup Town, IReadOnlyList<StaffDayRollup> Staff, IReadOnlyList<ItemDayRollup> Items);
