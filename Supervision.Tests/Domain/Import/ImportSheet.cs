using Supervision.Domain.Import;
using Supervision.Tests.Domain.Calendar;
using Supervision.Tests.Web.Simulation;

namespace Supervision.Tests.Domain.Import;

/// <summary>
/// Builds small import tables against the real seed reference data: one good row of 南麻街道 by
/// default, which a test edits by column name to make exactly the problem it is about.
/// </summary>
internal static class ImportSheet
{
    public static readonly DateTimeOffset Now = new(2020, 10, 12, 8, 30, 0, WorkingCalendar.ChinaOffset);

    public static IReadOnlyList<string> Headers => ImportColumns.All.Select(c => c.Name).ToList();

    /// <summary>An instant item accepted, completed and issued on Monday 2020-06-01 at a comprehensive window.</summary>
    public static Dictionary<string, string> GoodRow(string caseId = "YY001-20200601-01") => new()
    {
        [ImportColumns.CaseId] = caseId,
        [ImportColumns.Town] = "370323001",
        [ImportColumns.Item] = "RS-001",
        [ImportColumns.Window] = "370323001-01",
        [ImportColumns.Staff] = "370323001-S02",
        [ImportColumns.Channel] = "现场",
        [ImportColumns.AcceptedAt] = "2020-06-01 09:12",
        [ImportColumns.CompletedAt] = "2020-06-01 09:15",
        [ImportColumns.Outcome] = "准予",
        [ImportColumns.IssuedAt] = "2020-06-01 09:18",
        [ImportColumns.IssueMethod] = "窗口领取",
        [ImportColumns.IssueWindow] = "370323001-07",
    };

    public static ImportTable Table(params Dictionary<string, string>[] rows) => Table(Headers, rows);

    public static ImportTable Table(IReadOnlyList<string> headers, params Dictionary<string, string>[] rows) =>
        new(headers, rows.Select((row, i) => new ImportRow(i + 2, headers.Select(h => row.GetValueOrDefault(h, "")).ToList())).ToList());

    public static CaseImportPlan Plan(ImportTable table) =>
        CaseImport.Plan(table, SeedReference.Catalog, SeedCalendar.Seeded, Now);

    public static CaseImportPlan Plan(params Dictionary<string, string>[] rows) => Plan(Table(rows));

    public static Dictionary<string, string> With(this Dictionary<string, string> row, string column, string value)
    {
        row[column] = value;
        return row;
    }
}
