namespace Supervision.Domain.Figures;

/// <summary>Whether a period had anything to count at all.</summary>
public static class FigureActivity
{
    /// <summary>
    /// No case, ticket, review, complaint or refusal: a period with nothing to compare with, so changes
    /// against it are “—”, not a rise from 0.
    /// </summary>
    public static bool IsEmpty(FigureSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.Accepted == 0 && set.Completed == 0 && set.Reviews == 0 && set.ComplaintsFiled == 0 && set.TicketsIssued == 0
               && set.Refusals == 0;
    }
}
