using Supervision.Domain.Calendar;

namespace Supervision.Domain.Orders;

/// <summary>
/// A 督办单: the bureau orders one hall to fix a problem by a deadline in working days. The hall signs
/// for it (签收), reports its measures with evidence (整改反馈), and the inspector closes it (销号) or
/// returns it (退回, back to 整改中 with a reason). Every transition checks the state it starts from and
/// throws <see cref="DomainException"/> with a Chinese message otherwise, so nothing is half-changed.
/// </summary>
public sealed class SupervisionOrder
{
    public long Id { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public required string Town { get; set; }
    public OrderSource Source { get; set; }

    /// <summary>The record it was raised for: <c>case:C1</c>, <c>review:R1</c>, <c>complaint:K1</c>, <c>task:12</c>, <c>bulletin:2020/3</c>; null when raised by hand.</summary>
    public string? Subject { get; set; }

    public required string Problem { get; set; }
    public required string Requirement { get; set; }
    public int DeadlineDays { get; set; }
    public DateTimeOffset Deadline { get; set; }

    /// <summary>Counted through a year whose 放假安排 is not kept yet (暂定).</summary>
    public bool DeadlineProvisional { get; set; }

    public required string RaisedBy { get; set; }
    public DateTimeOffset RaisedAt { get; set; }

    public OrderState State { get; set; } = OrderState.AwaitingSignature;
    public string? SignedBy { get; set; }
    public DateTimeOffset? SignedAt { get; set; }
    public string? Measures { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>When the town first reported measures: what “on time” is judged on.</summary>
    public DateTimeOffset? FirstAnsweredAt { get; set; }

    public string? ReturnReason { get; set; }
    public int ReturnCount { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }
    public string? ClosedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    public string Label => OrderNames.Number(Year, Number);

    /// <summary>The town still owes an answer (待签收 or 整改中).</summary>
    public bool AwaitsTown => State is OrderState.AwaitingSignature or OrderState.Rectifying;

    /// <summary>Past its deadline while the town still owes an answer: shown red, like a red card.</summary>
    public bool IsOverdue(DateTimeOffset now) => AwaitsTown && now > Deadline;

    /// <summary>Closed, and the measures that were accepted came in by the deadline.</summary>
    public bool ClosedOnTime => State == OrderState.Closed && AnsweredAt <= Deadline;

    /// <summary>Working days past the deadline now (or when answered, for an answered or closed order); 0 when not late.</summary>
    public int DaysOverdue(DateTimeOffset now, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var until = AwaitsTown ? now : AnsweredAt ?? now;
        return until <= Deadline ? 0
            : Math.Max(1, calendar.WorkingDaysElapsed(WorkingCalendar.LocalDate(Deadline), WorkingCalendar.LocalDate(until)));
    }

    /// <summary>
    /// The state at <paramref name="at"/> from the transition times (for a bulletin's “as of the period's end”);
    /// null when the order did not exist yet. Only the latest answer and return are kept, so an order
    /// answered, returned and answered again reads as 整改中 between its first answer and the return.
    /// </summary>
    public OrderState? StateAt(DateTimeOffset at)
    {
        if (RaisedAt >= at)
        {
            return null;
        }
        if (ClosedAt < at)
        {
            return OrderState.Closed;
        }
        if (AnsweredAt < at && !(ReturnedAt > AnsweredAt && ReturnedAt < at))
        {
            return OrderState.Answered;
        }
        return SignedAt < at || ReturnedAt < at ? OrderState.Rectifying : OrderState.AwaitingSignature;
    }

    public void Sign(string by, DateTimeOffset at)
    {
        if (State != OrderState.AwaitingSignature)
        {
            throw new DomainException($"{Label}当前状态为“{OrderNames.Of(State)}”，不能签收。");
        }
        State = OrderState.Rectifying;
        SignedBy = by;
        SignedAt = at;
    }

    /// <summary>整改反馈. An order not yet signed for is signed by the same answer.</summary>
    public void Answer(string measures, string by, DateTimeOffset at)
    {
        if (!AwaitsTown)
        {
            throw new DomainException($"{Label}当前状态为“{OrderNames.Of(State)}”，不能再反馈整改情况。");
        }
        var text = OrderRules.Text(measures, "整改措施");
        if (State == OrderState.AwaitingSignature)
        {
            Sign(by, at);
        }
        State = OrderState.Answered;
        Measures = text;
        AnsweredBy = by;
        AnsweredAt = at;
        FirstAnsweredAt ??= at;
    }

    /// <summary>退回: the inspector does not accept the measures.</summary>
    public void Return(string reason, DateTimeOffset at)
    {
        if (State != OrderState.Answered)
        {
            throw new DomainException($"{Label}当前状态为“{OrderNames.Of(State)}”，只有“已反馈”的督办单可以退回。");
        }
        ReturnReason = OrderRules.Text(reason, "退回理由");
        ReturnCount++;
        ReturnedAt = at;
        State = OrderState.Rectifying;
    }

    /// <summary>销号: the inspector accepts the measures.</summary>
    public void Close(string by, DateTimeOffset at)
    {
        if (State != OrderState.Answered)
        {
            throw new DomainException($"{Label}当前状态为“{OrderNames.Of(State)}”，只有“已反馈”的督办单可以销号。");
        }
        State = OrderState.Closed;
        ClosedBy = by;
        ClosedAt = at;
    }
}
