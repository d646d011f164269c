using Supervision.Domain.Events;

namespace Supervision.Domain.Activity;

/// <summary>
/// The stage a case is at and who answers for it (DOMAIN.md: the front window accepts, the back office
/// decides by department, a unified window issues). Before acceptance the staff member who last received
/// the application handles it; from acceptance on, the one who accepted it, since the back office is
/// known by its department only.
/// </summary>
/// <param name="Staff">The handler's staff id, or null when no event names one.</param>
/// <param name="Department">The department of the latest transfer (转办), once transferred.</param>
/// <param name="PauseReason">The special procedure (实地踏勘 …) while the clock is paused.</param>
public sealed record CaseStage(CaseStatus Status, string? Staff, string? Department, string? PauseReason)
{
    /// <param name="events">The case's events in time order.</param>
    public static CaseStage Of(CaseRecord record, IEnumerable<HallEvent> events)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(events);
        var list = events as IReadOnlyList<HallEvent> ?? events.ToList();
        var receivedBy = list.OfType<CaseReceived>().LastOrDefault()?.Staff;
        var staff = record.AcceptedAt is not null ? record.AcceptedStaff ?? receivedBy : receivedBy;
        var pause = record.IsPaused ? list.OfType<CasePaused>().LastOrDefault()?.Reason : null;
        return new CaseStage(record.Status, staff, record.TransferredTo, pause);
    }
}
