using System.Globalization;
using static Supervision.Domain.Import.ImportColumns;

namespace Supervision.Domain.Import;

/// <summary>
/// Turns the table into <see cref="CaseRow"/>s: checks the header, each cell's format, the order of
/// a row's times and that no 办件编号 repeats. Reference data and the calendar come later
/// (<see cref="CaseRowChecks"/>). Blank rows are skipped (spreadsheets often end with some).
/// </summary>
internal static class CaseRowParser
{
    public const int MaxRows = 50_000;

    public static IReadOnlyList<CaseRow> Parse(ImportTable table, ImportErrors errors, out IReadOnlyList<string> ignoredColumns)
    {
        var columns = MapHeader(table.Headers, errors, out ignoredColumns);
        if (errors.Count > 0)
        {
            return [];
        }
        var data = table.Rows.Where(r => !r.IsBlank).ToList();
        if (data.Count == 0)
        {
            errors.Add(0, null, "表头之后没有办件数据");
            return [];
        }
        if (data.Count > MaxRows)
        {
            errors.Add(0, null, string.Format(CultureInfo.GetCultureInfo("zh-CN"),
                "共有 {0:N0} 行办件，超过单个文件的上限 {1:N0} 行，请按时间拆分后分别导入", data.Count, MaxRows));
            return [];
        }

        var rows = new List<CaseRow>(data.Count);
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in data)
        {
            var cells = new RowCells(row, columns, errors);
            var parsed = ParseRow(cells);
            var id = cells.Text(CaseId);
            if (id.Length > 0 && !cells.Failed(CaseId) && !firstRowOf.TryAdd(id, row.Number))
            {
                cells.Fail(CaseId, string.Create(CultureInfo.InvariantCulture, $"办件编号“{id}”与第 {firstRowOf[id]} 行重复"));
            }
            if (parsed is not null && !cells.AnyFailed)
            {
                rows.Add(parsed);
            }
        }
        return rows;
    }

    private static Dictionary<string, int> MapHeader(IReadOnlyList<string> headers, ImportErrors errors, out IReadOnlyList<string> ignored)
    {
        var known = ImportColumns.All.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        ignored = unknown;
        if (headers.All(h => h.Length == 0))
        {
            errors.Add(1, null, "第一行应为表头，但文件为空或第一行是空行");
            return columns;
        }
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i];
            if (name.Length == 0)
            {
                continue;
            }
            if (columns.TryGetValue(name, out var earlier) || (!known.Contains(name) && unknown.Contains(name)))
            {
                errors.Add(1, name, string.Create(CultureInfo.InvariantCulture, $"列名重复（第 {earlier + 1} 列和第 {i + 1} 列），无法确定使用哪一列"));
                continue;
            }
            if (known.Contains(name))
            {
                columns[name] = i;
            }
            else
            {
                unknown.Add(name);
            }
        }
        foreach (var missing in ImportColumns.All.Where(c => c.Required && !columns.ContainsKey(c.Name)))
        {
            errors.Add(1, missing.Name, "缺少必填列（表头中没有这一列）");
        }
        return columns;
    }

    private static CaseRow? ParseRow(RowCells cells)
    {
        var row = new CaseRow
        {
            Row = cells.Row,
            CaseId = cells.Identifier(CaseId, required: true) ?? "",
            Town = cells.Identifier(Town, required: true) ?? "",
            Item = cells.Identifier(Item, required: true) ?? "",
            Window = cells.Identifier(Window, required: true) ?? "",
            Staff = cells.Identifier(Staff, required: true) ?? "",
            Channel = cells.Choice(Channel, ImportValues.Channels) ?? Events.CaseChannel.Onsite,
            FirstReceivedAt = cells.Time(FirstReceivedAt),
            Materials = cells.List(Materials),
            AcceptedAt = cells.Time(AcceptedAt),
            PausedAt = cells.Time(PausedAt),
            PauseReason = cells.FreeText(PauseReason),
            ResumedAt = cells.Time(ResumedAt),
            CompletedAt = cells.Time(CompletedAt),
            Outcome = cells.Choice(Outcome, ImportValues.Outcomes),
            IssuedAt = cells.Time(IssuedAt),
            IssueMethod = cells.Choice(IssueMethod, ImportValues.IssueMethods) ?? Events.IssueMethod.Counter,
            IssueWindow = cells.Identifier(IssueWindow, required: false),
            RefusedAt = cells.Time(RefusedAt),
            RefusalReason = cells.FreeText(RefusalReason),
            ApprovedBy = cells.Identifier(ApprovedBy, required: false),
        };
        var consistent = CheckDecision(cells, row) && CheckSteps(cells, row);
        return consistent && !cells.AnyFailed ? row : null;
    }

    // A row is either accepted or refused; refusal details only go with a refusal.
    private static bool CheckDecision(RowCells cells, CaseRow row)
    {
        var ok = true;
        if (row.AcceptedAt is null && row.RefusedAt is null)
        {
            if (!cells.Failed(AcceptedAt) && !cells.Failed(RefusedAt))
            {
                cells.Fail(AcceptedAt, "受理时间与不予受理时间必须填写其一");
            }
            return false;
        }
        if (row.AcceptedAt is not null && row.RefusedAt is not null)
        {
            cells.Fail(RefusedAt, "已填写受理时间的办件不能同时不予受理");
            return false;
        }
        if (row.RefusedAt is not null)
        {
            if (row.RefusalReason is null && !cells.Failed(RefusalReason))
            {
                Fail(cells, RefusalReason, "不予受理必须填写原因");
            }
            foreach (var column in new[] { PausedAt, ResumedAt, CompletedAt, Outcome, IssuedAt })
            {
                ok &= Forbid(cells, column, "不予受理的办件不能填写此项");
            }
        }
        else
        {
            ok &= Forbid(cells, RefusalReason, "只有不予受理的办件才填写不予受理原因");
            ok &= Forbid(cells, ApprovedBy, "只有不予受理的办件才填写审批人");
        }
        return ok && !cells.Failed(RefusalReason);
    }

    // Each step needs the step before it and cannot precede it.
    private static bool CheckSteps(RowCells cells, CaseRow row)
    {
        var decided = row.AcceptedAt is not null ? AcceptedAt : RefusedAt;
        var ok = Pair(cells, FirstReceivedAt, row.FirstReceivedAt is not null, Materials, row.Materials.Count > 0);
        if (row.FirstReceivedAt is { } first && first >= row.DecidedAt)
        {
            ok = Fail(cells, FirstReceivedAt, $"首次收件时间应早于{decided}（{ImportValues.FormatTime(row.DecidedAt)}）");
        }

        ok &= Needs(cells, PauseReason, row.PauseReason is not null, PausedAt, row.PausedAt is not null);
        ok &= Needs(cells, ResumedAt, row.ResumedAt is not null, PausedAt, row.PausedAt is not null);
        if (row.PausedAt is not null && row.PauseReason is null)
        {
            ok = Fail(cells, PauseReason, "填写了暂停时间时必须填写暂停原因");
        }
        ok &= NotBefore(cells, PausedAt, row.PausedAt, AcceptedAt, row.AcceptedAt);
        ok &= NotBefore(cells, ResumedAt, row.ResumedAt, PausedAt, row.PausedAt, strictly: true);

        ok &= Needs(cells, Outcome, row.Outcome is not null, CompletedAt, row.CompletedAt is not null);
        if (row.CompletedAt is not null && row.Outcome is null)
        {
            ok = Fail(cells, Outcome, "填写了办结时间时必须填写办理结果");
        }
        ok &= NotBefore(cells, CompletedAt, row.CompletedAt, AcceptedAt, row.AcceptedAt);
        ok &= NotBefore(cells, CompletedAt, row.CompletedAt, PausedAt, row.PausedAt);
        ok &= NotBefore(cells, CompletedAt, row.CompletedAt, ResumedAt, row.ResumedAt);

        ok &= Needs(cells, IssuedAt, row.IssuedAt is not null, CompletedAt, row.CompletedAt is not null);
        ok &= Needs(cells, IssueMethod, cells.Has(IssueMethod), IssuedAt, row.IssuedAt is not null);
        ok &= Needs(cells, IssueWindow, row.IssueWindow is not null, IssuedAt, row.IssuedAt is not null);
        ok &= NotBefore(cells, IssuedAt, row.IssuedAt, CompletedAt, row.CompletedAt);
        return ok;
    }

    private static bool Pair(RowCells cells, string a, bool hasA, string b, bool hasB) =>
        Needs(cells, a, hasA, b, hasB) & Needs(cells, b, hasB, a, hasA);

    private static bool Needs(RowCells cells, string column, bool has, string needed, bool hasNeeded) =>
        !has || hasNeeded || cells.Failed(needed) || Fail(cells, column, $"填写{column}时必须同时填写{needed}");

    private static bool Forbid(RowCells cells, string column, string reason) =>
        !cells.Has(column) || Fail(cells, column, reason);

    private static bool NotBefore(RowCells cells, string column, DateTimeOffset? time, string earlier, DateTimeOffset? earlierTime, bool strictly = false)
    {
        if (time is not { } t || earlierTime is not { } e || (strictly ? t > e : t >= e))
        {
            return true;
        }
        return Fail(cells, column, $"{column}（{ImportValues.FormatTime(t)}）{(strictly && t == e ? "不晚于" : "早于")}{earlier}（{ImportValues.FormatTime(e)}）");
    }

    private static bool Fail(RowCells cells, string column, string reason)
    {
        cells.Fail(column, reason);
        return false;
    }
}
