using Supervision.Web.Queries.Complaints;
using Supervision.Web.Queries.Reviews;

namespace Supervision.Web.Export.Tables;

/// <summary>A card of a lifecycle board (差评整改看板, 投诉办理看板) and the board column it stands in.</summary>
public sealed record BoardRow<TRecord>(TRecord Record, string Stage);

/// <summary>
/// The cards of the review and complaint boards, column by column in the board's order and, within a column,
/// in the reader's order: the page lays them out and the export writes them in this one order.
/// </summary>
public static class BoardRows
{
    /// <summary>差评 on the board at <paramref name="now"/>; invalid ones need no rectification and are left off.</summary>
    public static IReadOnlyList<BoardRow<ReviewRecord>> Reviews(ReviewsView view, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(view);
        var staged = view.Negative.Select(r => (Review: r, Stage: ReviewStages.StageAt(r, now))).ToList();
        return ReviewStages.Board
            .SelectMany(c => staged.Where(s => s.Stage == c.Stage).Select(s => new BoardRow<ReviewRecord>(s.Review, c.Title)))
            .ToList();
    }

    public static IReadOnlyList<BoardRow<ComplaintRecord>> Complaints(ComplaintsView view, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(view);
        var staged = view.Board.Select(c => (Complaint: c, Stage: ComplaintStages.StageAt(c, now))).ToList();
        return ComplaintStages.Board
            .SelectMany(c => staged.Where(s => s.Stage == c.Stage).Select(s => new BoardRow<ComplaintRecord>(s.Complaint, c.Title)))
            .ToList();
    }
}
