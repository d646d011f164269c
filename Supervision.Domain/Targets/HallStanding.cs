namespace Supervision.Domain.Targets;

/// <summary>
/// A hall's place in the pilot: whether it is a pilot and, for the others, the roll-out date (推广日期)
/// from which the pilot targets apply to it (null: not rolled out yet).
/// </summary>
public sealed record HallStanding(string Town, bool IsPilot, DateOnly? RolloutDate)
{
    /// <summary>A hall the caller knows nothing about: not a pilot, not rolled out.</summary>
    public static HallStanding Unknown(string town) => new(town, false, null);
}
