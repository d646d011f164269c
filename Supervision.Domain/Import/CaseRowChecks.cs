using Supervision.Domain.Calendar;
using Supervision.Domain.Events;
using Supervision.Domain.Events.Validation;
using Supervision.Domain.Reference;
using static Supervision.Domain.Import.ImportColumns;
using Columns = Supervision.Domain.Import.ImportColumns;

namespace Supervision.Domain.Import;

/// <summary>
/// Checks parsed rows against the county's reference data (with the event contract's wording) and the
/// working calendar: halls do no on-site business on days off, and history cannot lie in the future.
/// </summary>
internal static class CaseRowChecks
{
    public static void Check(IReadOnlyList<CaseRow> rows, IReferenceCatalog catalog, WorkingCalendar calendar, DateTimeOffset now, ImportErrors errors)
    {
        foreach (var row in rows)
        {
            CheckReferences(row, catalog, errors);
            CheckTimes(row, calendar, now, errors);
        }
    }

    // Empty codes were reported by the parser already.
    private static void CheckReferences(CaseRow row, IReferenceCatalog catalog, ImportErrors errors)
    {
        if (row.Town.Length == 0)
        {
            return;
        }
        if (!catalog.HasTown(row.Town))
        {
            // Every window and staff member would also be "of another town": one reason says it all.
            errors.Add(row.Row, Columns.Town, EventReasons.UnknownTown(row.Town));
            return;
        }
        if (row.Item.Length > 0 && catalog.FindItem(row.Item) is null)
        {
            errors.Add(row.Row, Item, EventReasons.UnknownItem(row.Item));
        }
        CheckWindow(Columns.Window, row.Window);
        if (row.IssueWindow is { } issueWindow)
        {
            CheckWindow(IssueWindow, issueWindow);
        }
        var staff = catalog.FindStaff(row.Staff);
        if (row.Staff.Length == 0)
        {
        }
        else if (staff is null)
        {
            errors.Add(row.Row, Columns.Staff, EventReasons.UnknownStaff(row.Staff));
        }
        else if (staff.TownCode != row.Town)
        {
            errors.Add(row.Row, Columns.Staff, EventReasons.StaffOfOtherTown(row.Staff, row.Town));
        }

        void CheckWindow(string column, string code)
        {
            if (code.Length == 0)
            {
                return;
            }
            var window = catalog.FindWindow(code);
            if (window is null)
            {
                errors.Add(row.Row, column, EventReasons.UnknownWindow(code));
            }
            else if (window.TownCode != row.Town)
            {
                errors.Add(row.Row, column, EventReasons.WindowOfOtherTown(code, row.Town));
            }
        }
    }

    private static void CheckTimes(CaseRow row, WorkingCalendar calendar, DateTimeOffset now, ImportErrors errors)
    {
        foreach (var (column, time) in Times(row))
        {
            if (time > now)
            {
                errors.Add(row.Row, column, $"{ImportValues.FormatTime(time)} 晚于当前时间，历史办件不能发生在将来");
            }
        }
        if (row.Channel != CaseChannel.Onsite)
        {
            return;
        }
        // The visits of an on-site application happen in the hall, which is closed on days off.
        foreach (var (column, time) in new[] { (FirstReceivedAt, row.FirstReceivedAt), (row.AcceptedAt is null ? RefusedAt : AcceptedAt, row.AcceptedAt ?? row.RefusedAt) })
        {
            if (time is { } visit && !calendar.IsWorkingDay(WorkingCalendar.LocalDate(visit)))
            {
                errors.Add(row.Row, column, string.Create(CultureInfo.InvariantCulture,
                    $"{WorkingCalendar.LocalDate(visit):yyyy-MM-dd} 不是工作日（周末或法定节假日），大厅不办理现场业务；如为网上申请，请将申请渠道填为“网上”"));
            }
        }
    }

    private static IEnumerable<(string Column, DateTimeOffset Time)> Times(CaseRow row)
    {
        var all = new (string, DateTimeOffset?)[]
        {
            (FirstReceivedAt, row.FirstReceivedAt), (AcceptedAt, row.AcceptedAt), (PausedAt, row.PausedAt), (ResumedAt, row.ResumedAt),
            (CompletedAt, row.CompletedAt), (IssuedAt, row.IssuedAt), (RefusedAt, row.RefusedAt),
        };
        return all.Where(t => t.Item2 is not null).Select(t => (t.Item1, t.Item2!.Value));
    }
}
