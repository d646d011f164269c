using System.Diagnostics;
using Supervision.Web.Queries.Calendar;

namespace Supervision.Web.Ingestion.Import;

public enum ImportStage { Read, Checked, Writing }

public sealed record ImportProgress(ImportStage Stage, int Rows, int Events, string Source);

/// <summary>What an import did: rejected with <see cref="Errors"/> (nothing written), or stored.</summary>
public sealed record CaseImportResult(
    int Rows, int Events, int Stored, int Duplicates,
    IReadOnlyList<ImportError> Errors, IReadOnlyList<string> IgnoredColumns, TimeSpan Elapsed)
{
    public bool Rejected => Errors.Count > 0;

    public static CaseImportResult Rejection(IReadOnlyList<ImportError> errors, IReadOnlyList<string> ignored, TimeSpan elapsed) =>
        new(0, 0, 0, 0, errors, ignored, elapsed);
}

/// <summary>
/// Imports a history spreadsheet: reads it, plans it against the same reference snapshot the ingestion
/// path validates with, and hands every event of the file to <see cref="IEventIngestor"/> in ONE call,
/// which is one transaction: the file is stored whole or not at all, and its projections and rollups
/// are updated exactly as for events from a hall.
/// </summary>
public sealed class CaseImporter(IEventIngestor ingestor, ReferenceCatalogCache catalogs, WorkingCalendarSource calendars, TimeProvider time)
{
    public async Task<CaseImportResult> ImportAsync(string path, bool dryRun, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        ImportSource source;
        try
        {
            source = await ImportFileReader.ReadAsync(path, cancellationToken);
        }
        catch (ImportFileException e)
        {
            return CaseImportResult.Rejection([new ImportError(0, null, e.Message)], [], stopwatch.Elapsed);
        }
        var dataRows = source.Table.Rows.Count(r => !r.IsBlank);
        progress?.Report(new ImportProgress(ImportStage.Read, dataRows, 0, source.Description));

        var snapshot = await catalogs.GetAsync(cancellationToken);
        var plan = CaseImport.Plan(source.Table, snapshot.Catalog, calendars.Current, time.GetUtcNow());
        if (plan.Rejected && await catalogs.ReloadIfStaleAsync(snapshot, cancellationToken) is { } fresh)
        {
            // As the ingestor does: reference data may have been added since the catalog was cached.
            plan = CaseImport.Plan(source.Table, fresh.Catalog, calendars.Current, time.GetUtcNow());
        }
        if (plan.Rejected)
        {
            return CaseImportResult.Rejection(plan.Errors, plan.IgnoredColumns, stopwatch.Elapsed);
        }
        progress?.Report(new ImportProgress(ImportStage.Checked, plan.Rows.Count, plan.Events.Count, source.Description));
        if (dryRun)
        {
            return new CaseImportResult(plan.Rows.Count, plan.Events.Count, 0, 0, [], plan.IgnoredColumns, stopwatch.Elapsed);
        }

        progress?.Report(new ImportProgress(ImportStage.Writing, plan.Rows.Count, plan.Events.Count, source.Description));
        try
        {
            var result = await ingestor.IngestAsync(plan.Events, townScope: null, cancellationToken);
            return new CaseImportResult(plan.Rows.Count, plan.Events.Count, result.Stored, result.Duplicates, [], plan.IgnoredColumns, stopwatch.Elapsed);
        }
        catch (EventBatchRejectedException e)
        {
            // Reference data changed between planning and writing (the ingestor reloads it): still row-level.
            var rowOf = plan.Rows.ToDictionary(r => r.CaseId, r => r.Row, StringComparer.Ordinal);
            var errors = e.Errors
                .Select(x => new ImportError(plan.Events[x.Index] is CaseEvent c ? rowOf[c.Case] : 0, null, x.Reason))
                .OrderBy(x => x.Row).ToList();
            return CaseImportResult.Rejection(errors, plan.IgnoredColumns, stopwatch.Elapsed);
        }
    }
}
