using Supervision.Domain.Events;

namespace Supervision.Domain.Activity.Rollups;

/// <summary>
/// One staff member's day, key (Town, Day, StaffId). Complaints name no staff member in contract v1,
/// so substantiated complaints per staff (figure 11) cannot be attributed and are left out.
/// </summary>
public sealed class StaffDayRollup
{
    public string Town { get; set; } = "";
    public DateOnly Day { get; set; }
    public string StaffId { get; set; } = "";

    /// <summary>On AcceptedDay, by AcceptedStaff.</summary>
    public int CasesAccepted { get; set; }
    /// <summary>On the ticket's IssuedDay, by the staff of its latest call; only finished tickets.</summary>
    public int TicketsServed { get; set; }
    public long ServiceSecondsSum { get; set; }
    /// <summary>On SubmittedDay, by the reviewed staff member.</summary>
    public int Reviews { get; set; }
    public int ReviewsGood { get; set; }
    public int ReviewsNegative { get; set; }
    /// <summary>Null when no attendance was reported for the day.</summary>
    public AttendanceStatus? AttendanceStatus { get; set; }
}
