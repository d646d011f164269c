using Supervision.Web.Export.Bulletins;
using Supervision.Web.Common;
using Supervision.Web.Queries.Figures;

namespace Supervision.Web.Export.MeetingPack;

/// <summary>
/// 周调度会材料: what one hall's weekly meeting goes through, read once so the workbook and the print
/// page agree. Figures are for <see cref="Period"/>; the case lists are as of <see cref="At"/> (the
/// meeting looks at what is open now).
/// </summary>
public sealed record MeetingPack
{
    public required TownSummary Town { get; init; }
    public required Period Period { get; init; }
    public required Period PreviousPeriod { get; init; }
    public required DateTimeOffset At { get; init; }
    public required FigureSet Hall { get; init; }
    public required FigureSet Previous { get; init; }
    public required FigureSet County { get; init; }
    public required FigureTargets Targets { get; init; }

    /// <summary>Open cases past their deadline (红牌) or within a working day of it (黄牌) now, most urgent first.</summary>
    public required IReadOnlyList<PackCase> Cases { get; init; }

    /// <summary>差评 submitted in the period or due for rectification in it.</summary>
    public required IReadOnlyList<ReviewRecord> NegativeReviews { get; init; }

    /// <summary>Complaints filed in the period or due for resolution in it.</summary>
    public required IReadOnlyList<ComplaintRecord> Complaints { get; init; }

    /// <summary>The hall's staff by composite score, best first (the existing staff figures).</summary>
    public required IReadOnlyList<Export.Bulletins.StaffPerformance> Staff { get; init; }

    /// <summary>The town's 督办 orders not yet closed (销号) at <see cref="At"/>, earliest deadline first.</summary>
    public required IReadOnlyList<PackOrder> Orders { get; init; }

    public required IReadOnlyDictionary<string, string> ItemNames { get; init; }
    public required IReadOnlyDictionary<string, string> StaffNames { get; init; }

    public string ItemName(string? code) => code is null ? "" : ZhFormat.Named(ItemNames, code);

    public string StaffName(string? id) => id is null ? "" : ZhFormat.Named(StaffNames, id);

    /// <summary>Where a 差评 stands at <see cref="At"/>, in the words of the 差评整改 board.</summary>
    public string ReviewState(ReviewRecord review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review switch
        {
            { Valid: false } => "核实不属实",
            { FollowedUpAt: not null } => "已回访",
            { RectifiedAt: not null } => review.RectifiedOnTime == false ? "已整改（超期）" : "已整改",
            { NeedsRectification: true, RectifyDue: { } due } when due < At => "逾期未整改",
            { Valid: null } => "待核实",
            _ => "整改中",
        };
    }

    /// <summary>Where a complaint stands at <see cref="At"/>.</summary>
    public string ComplaintState(ComplaintRecord complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return complaint switch
        {
            { FollowedUpAt: not null } => "已回访",
            { ResolvedAt: not null } => complaint.Substantiated == true ? "已办结（属实）" : "已办结",
            { ResolveDue: { } due } when due < At => "逾期未办结",
            { RespondedAt: not null } => "办理中",
            { RespondDue: { } due } when due < At => "逾期未响应",
            _ => "待响应",
        };
    }

    /// <summary>
    /// The figures table: this period, the one before and the county (<see cref="KeyFigures"/>). After a
    /// period with no activity at all, the previous column and the change are “—” (nothing to compare with).
    /// </summary>
    public IReadOnlyList<PackFigure> Figures()
    {
        var hall = KeyFigures.For(Hall, Previous, Targets);
        if (FigureActivity.IsEmpty(Previous))
        {
            hall = hall.Select(f => f with { Previous = null, Change = Ratio.NoValue }).ToList();
        }
        var county = KeyFigures.For(County, County, Targets);
        return hall.Zip(county, (h, c) => new PackFigure(h, c.Value)).ToList();
    }
}

/// <summary>One figure of the hall with the county's value beside it.</summary>
public sealed record PackFigure(KeyFigure Hall, object? County);

/// <summary>An open case with its card now.</summary>
public sealed record PackCase(CaseRecord Case, CardColour Card);

/// <summary>An open order with the working days it is past its deadline now (0 when not late; for an answered one, how late the answer came).</summary>
public sealed record PackOrder(SupervisionOrder Order, int DaysOverdue)
{
    /// <summary>Said in the workbook and on the print page when the town has no open order.</summary>
    public const string NoneOpen = "本周无未办结督办事项";

    /// <summary>The state, with 「（期限暂定）」 when the deadline waits for the calendar of a year not yet kept.</summary>
    public string State => OrderNames.Of(Order.State) + (Order.DeadlineProvisional ? "（期限暂定）" : "");
}
