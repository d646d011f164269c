namespace Supervision.Web.Ingestion;

/// <summary>
/// The one path by which events enter the store: the HTTP API, the live simulator, the history
/// generator and the spreadsheet import all come through here, so they are validated and projected alike.
/// </summary>
public interface IEventIngestor
{
    /// <summary>
    /// Validates the whole batch against reference data, then in one transaction appends the events
    /// not stored before and updates the projections. Returns only after commit.
    /// </summary>
    /// <param name="townScope">The only town the caller may report for, or null for county-wide callers.</param>
    /// <exception cref="EventBatchRejectedException">Any event is invalid; nothing was written.</exception>
    Task<IngestResult> IngestAsync(IReadOnlyList<HallEvent> events, string? townScope, CancellationToken cancellationToken);
}

public sealed record IngestResult(int Stored, int Duplicates);
