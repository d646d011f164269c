using Supervision.Domain.Events.Validation;

namespace Supervision.Domain.Events;

public abstract record TicketEvent : HallEvent
{
    public required string Ticket { get; init; }
    public override SubjectKind SubjectKind => SubjectKind.Ticket;
    public override string SubjectId => Ticket;

    protected override void AddInvariantViolations(List<string> problems)
    {
        base.AddInvariantViolations(problems);
        EventInvariants.Identifier(problems, "ticket", Ticket);
    }
}

public sealed record TicketIssued : TicketEvent
{
    public required string Category { get; init; }
    public override string Type => EventTypes.TicketIssued;
}

public sealed record TicketCalled : TicketEvent
{
    public required string Window { get; init; }
    public required string Staff { get; init; }
    public override string Type => EventTypes.TicketCalled;
}

public sealed record TicketFinished : TicketEvent
{
    public override string Type => EventTypes.TicketFinished;
}

public sealed record TicketAbandoned : TicketEvent
{
    public override string Type => EventTypes.TicketAbandoned;
}
