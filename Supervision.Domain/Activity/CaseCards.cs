using Supervision.Domain.Calendar;

namespace Supervision.Domain.Activity;

/// <summary>电子监察 warning cards of an open case.</summary>
public enum CardColour
{
    None = 0,
    Yellow = 1, // 黄牌: ≤ 1 working day left
    Red = 2,    // 红牌: past the deadline
}

/// <summary>How a case's card changed between two looks, for the live layer's alerts.</summary>
public enum CardChange
{
    None = 0,
    RaisedYellow = 1, // none → yellow
    RaisedRed = 2,    // none or yellow → red
    Cleared = 3,      // yellow or red → none (completed, refused, or deadline extended)
    Lowered = 4,      // red → yellow (a late event moved the deadline)
}

public static class CaseCards
{
    /// <summary>
    /// The card of a case at <paramref name="now"/>. Only open cases (accepted, neither completed,
    /// issued nor refused) with a known deadline carry one, and not once a pre-review item is reported up
    /// (the town's clock has stopped). An open pause stops the clock, so the remaining time is measured
    /// from the start of the pause.
    /// </summary>
    public static CardColour ColourAt(CaseRecord record, DateTimeOffset now, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!record.IsOpen || record.TownClockStopped || record.Deadline is not { } deadline)
        {
            return CardColour.None;
        }
        var clock = record.IsPaused && record.PausedSince is { } since && since < now ? since : now;
        if (clock > deadline)
        {
            return CardColour.Red;
        }
        // A 即办 case is due at closing time of its own day, so "≤ 1 working day left" holds from the start
        // and would warn about every one: within its day it carries no card, after it a red one.
        if (record.IsInstant)
        {
            return CardColour.None;
        }
        return calendar.WorkingTimeBetween(clock, deadline) <= calendar.Hours.Length ? CardColour.Yellow : CardColour.None;
    }

    public static CardChange Transition(CardColour previous, CardColour current) => (previous, current) switch
    {
        _ when previous == current => CardChange.None,
        (_, CardColour.Red) => CardChange.RaisedRed,
        (CardColour.None, CardColour.Yellow) => CardChange.RaisedYellow,
        (CardColour.Red, CardColour.Yellow) => CardChange.Lowered,
        (_, CardColour.None) => CardChange.Cleared,
        _ => throw new ArgumentOutOfRangeException(nameof(current), current, "未知的督办牌颜色。"),
    };
}
