using Supervision.Domain.Calendar;
using Supervision.Domain.Events;
using Supervision.Domain.Events.Validation;
using Supervision.Domain.Reference;

namespace Supervision.Domain.Import;

/// <summary>
/// What a file would import: its rows and their events, or every reason to reject it. A plan with
/// errors must not be written at all (one bad row rejects the whole file).
/// </summary>
public sealed record CaseImportPlan(
    IReadOnlyList<CaseRow> Rows,
    IReadOnlyList<HallEvent> Events,
    IReadOnlyList<ImportError> Errors,
    IReadOnlyList<string> IgnoredColumns)
{
    public bool Rejected => Errors.Count > 0;
}

/// <summary>Plans the import of a history spreadsheet: parse, check, convert to contract v1 events.</summary>
public static class CaseImport
{
    /// <param name="now">Times after this are refused: history cannot lie in the future.</param>
    public static CaseImportPlan Plan(ImportTable table, IReferenceCatalog catalog, WorkingCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(calendar);

        var errors = new ImportErrors();
        var rows = CaseRowParser.Parse(table, errors, out var ignored);
        CaseRowChecks.Check(rows, catalog, calendar, now, errors);
        if (errors.Count > 0)
        {
            return new CaseImportPlan([], [], errors.Sorted(), ignored);
        }

        var events = new List<HallEvent>(rows.Count * 5);
        var rowOfEvent = new List<int>(rows.Count * 5);
        foreach (var row in rows)
        {
            var converted = CaseRowEvents.ToEvents(row);
            events.AddRange(converted);
            rowOfEvent.AddRange(Enumerable.Repeat(row.Row, converted.Count));
        }
        // The rows were checked column by column; this is the ingestion path's own judgement of the
        // events, run here too so that nothing it would refuse gets as far as a transaction.
        foreach (var problem in EventValidator.Validate(events, catalog))
        {
            errors.Add(rowOfEvent[problem.Index], null, problem.Reason);
        }
        return errors.Count > 0
            ? new CaseImportPlan([], [], errors.Sorted(), ignored)
            : new CaseImportPlan(rows, events, [], ignored);
    }
}
