namespace Supervision.Domain.Activity;

public enum TicketStatus
{
    Waiting = 1,   // 等候中
    Called = 2,    // 办理中
    Finished = 3,  // 已完成
    Abandoned = 4, // 已过号/弃号
}

/// <summary>Current state of one queue ticket (排队号). Natural key (Town, Ticket).</summary>
public sealed class TicketRecord
{
    public string Town { get; set; } = "";
    public string Ticket { get; set; } = "";
    public string? Category { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>First call: the wait ends when the applicant is first called.</summary>
    public DateTimeOffset? CalledAt { get; set; }
    /// <summary>Window and staff of the latest call (a re-call to another window moves the service there).</summary>
    public string? Window { get; set; }
    public string? Staff { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
    public DateTimeOffset? AbandonedAt { get; set; }
    public TicketStatus Status { get; set; }

    /// <summary>Called − issued, whole seconds, never negative.</summary>
    public long? WaitSeconds { get; set; }
    /// <summary>Finished − first call, whole seconds, never negative.</summary>
    public long? ServiceSeconds { get; set; }

    public DateOnly? IssuedDay { get; set; }

    public int EventCount { get; set; }
    public DateTimeOffset? LastEventAt { get; set; }

    /// <summary>Served at a window: called by a staff member and finished.</summary>
    public bool Served => Staff is not null && ServiceSeconds is not null;

    /// <summary>Left the queue without being served.</summary>
    public bool Abandoned => AbandonedAt is not null && FinishedAt is null;

    public IEnumerable<DateOnly> RollupDays() => CaseRecord.Days(IssuedDay);
}
