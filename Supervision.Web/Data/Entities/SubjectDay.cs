namespace Supervision.Web.Data.Entities;

/// <summary>
/// One day a subject's record contributes to (its <c>RollupDays()</c>). Lets a batch find every record
/// of an affected (town, day) with one indexed query, whatever column of the record names that day.
/// </summary>
public sealed class SubjectDay
{
    public required string Subject { get; init; }
    public required string Town { get; init; }
    public DateOnly Day { get; init; }
}
