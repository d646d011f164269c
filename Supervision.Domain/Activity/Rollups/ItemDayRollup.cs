namespace Supervision.Domain.Activity.Rollups;

/// <summary>One service item's day in one hall, key (Town, Day, ItemCode).</summary>
public sealed class ItemDayRollup
{
    public string Town { get; set; } = "";
    public DateOnly Day { get; set; }
    public string ItemCode { get; set; } = "";

    /// <summary>On AcceptedDay.</summary>
    public int Accepted { get; set; }
    /// <summary>On CompletedDay.</summary>
    public int Completed { get; set; }
    public int CompletedOnTime { get; set; }
    public int CompletedLate { get; set; }
}
