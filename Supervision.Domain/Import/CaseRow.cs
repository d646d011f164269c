using Supervision.Domain.Events;

namespace Supervision.Domain.Import;

/// <summary>
/// One historical case as the template describes it, parsed and checked on its own (not yet against
/// reference data). Times are Beijing time (+08:00). Either <see cref="AcceptedAt"/> or
/// <see cref="RefusedAt"/> is set, never both.
/// </summary>
public sealed record CaseRow
{
    public required int Row { get; init; }
    public required string CaseId { get; init; }
    public required string Town { get; init; }
    public required string Item { get; init; }
    public required string Window { get; init; }
    public required string Staff { get; init; }
    public CaseChannel Channel { get; init; } = CaseChannel.Onsite;

    /// <summary>An earlier visit at which the 一次性告知 of <see cref="Materials"/> was given.</summary>
    public DateTimeOffset? FirstReceivedAt { get; init; }
    public IReadOnlyList<string> Materials { get; init; } = [];

    public DateTimeOffset? AcceptedAt { get; init; }
    public DateTimeOffset? PausedAt { get; init; }
    public string? PauseReason { get; init; }
    public DateTimeOffset? ResumedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public CaseOutcome? Outcome { get; init; }
    public DateTimeOffset? IssuedAt { get; init; }
    public IssueMethod IssueMethod { get; init; } = IssueMethod.Counter;
    public string? IssueWindow { get; init; }

    public DateTimeOffset? RefusedAt { get; init; }
    public string? RefusalReason { get; init; }
    public string? ApprovedBy { get; init; }

    /// <summary>When the application that was decided on (accepted or refused) was handed in.</summary>
    public DateTimeOffset DecidedAt => AcceptedAt ?? RefusedAt!.Value;
}
