using static Supervision.Domain.Import.ImportColumns;

namespace Supervision.Domain.Import;

/// <summary>
/// Turns the table into <see cref="CaseRow"/>s: checks the header, each cell's format, the order of
/// a row's times and that no 办件编号 repeats. Reference data and the calendar come later
/// (<see cref="CaseRowChecks"/>). Blank rows are skipped (spreadsheets often end with some).
/// Rows with problems are returned too, as far as they parsed, so that the later checks can report
/// their other problems: the user gets the whole list at once. Only a file without errors is imported.
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
            rows.Add(parsed);
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

    private static CaseRow ParseRow(RowCells cells)
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
        if (CheckDecision(cells, row))
        {
            CheckSteps(cells, row);
        }
        return row;
    }

    // A row is either accepted or refused; refusal details only go with a refusal.
    // Returns whether the row has a decision the later steps can be checked against.
    private static bool CheckDecision(RowCells cells, CaseRow row)
    {
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
        }
        else if (row.RefusedAt is not null)
        {
            if (row.RefusalReason is null && !cells.Failed(RefusalReason))
            {
                cells.Fail(RefusalReason, "不予受理必须填写原因");
            }
            foreach (var column in new[] { PausedAt, ResumedAt, CompletedAt, Outcome, IssuedAt })
            {
                Forbid(cells, column, "不予受理的办件不能填写此项");
            }
        }
        else
        {
            Forbid(cells, RefusalReason, "只有不予受理的办件才填写不予受理原因");
            Forbid(cells, ApprovedBy, "只有不予受理的办件才填写审批人");
        }
        return true;
    }

    // Each step needs the step before it and cannot precede it.
    private static void CheckSteps(RowCells cells, CaseRow row)
    {
        Needs(cells, FirstReceivedAt, row.FirstReceivedAt is not null, Materials, row.Materials.Count > 0);
        Needs(cells, Materials, row.Materials.Count > 0, FirstReceivedAt, row.FirstReceivedAt is not null);
        if (row.FirstReceivedAt is { } first && first >= row.DecidedAt)
        {
            var decided = row.AcceptedAt is not null ? AcceptedAt : RefusedAt;
            cells.Fail(FirstReceivedAt, $"首次收件时间应早于{decided}（{ImportValues.FormatTime(row.DecidedAt)}）");
        }

        Needs(cells, PauseReason, row.PauseReason is not null, PausedAt, row.PausedAt is not null);
        Needs(cells, ResumedAt, row.ResumedAt is not null, PausedAt, row.PausedAt is not null);
        Needs(cells, PausedAt, row.PausedAt is not null, PauseReason, row.PauseReason is not null);
        NotBefore(cells, PausedAt, row.PausedAt, AcceptedAt, row.AcceptedAt);
        NotBefore(cells, ResumedAt, row.ResumedAt, PausedAt, row.PausedAt, strictly: true);

        Needs(cells, Outcome, row.Outcome is not null, CompletedAt, row.CompletedAt is not null);
        if (row.CompletedAt is not null && row.Outcome is null && !cells.Failed(Outcome))
        {
            cells.Fail(Outcome, "填写了办结时间时必须填写办理结果");
        }
        NotBefore(cells, CompletedAt, row.CompletedAt, AcceptedAt, row.AcceptedAt);
        NotBefore(cells, CompletedAt, row.CompletedAt, PausedAt, row.PausedAt);
        NotBefore(cells, CompletedAt, row.CompletedAt, ResumedAt, row.ResumedAt);

        Needs(cells, IssuedAt, row.IssuedAt is not null, CompletedAt, row.CompletedAt is not null);
        Needs(cells, IssueMethod, cells.Has(IssueMethod), IssuedAt, row.IssuedAt is not null);
        Needs(cells, IssueWindow, row.IssueWindow is not null, IssuedAt, row.IssuedAt is not null);
        NotBefore(cells, IssuedAt, row.IssuedAt, CompletedAt, row.CompletedAt);
    }

    private static void Needs(RowCells cells, string column, bool has, string needed, bool hasNeeded)
    {
        if (has && !hasNeeded && !cells.Failed(needed))
        {
            cells.Fail(column, $"填写{column}时必须同时填写{needed}");
        }
    }

    private static void Forbid(RowCells cells, string column, string reason)
    {
        if (cells.Has(column))
        {
            cells.Fail(column, reason);
        }
    }

    private static void NotBefore(RowCells cells, string column, DateTimeOffset? time, string earlier, DateTimeOffset? earlierTime, bool strictly = false)
    {
        if (time is { } t && earlierTime is { } e && (strictly ? t <= e : t < e))
        {
            cells.Fail(column, $"{column}（{ImportValues.FormatTime(t)}）{(t == e ? "不晚于" : "早于")}{earlier}（{ImportValues.FormatTime(e)}）");
        }
    }
}
