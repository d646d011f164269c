using Microsoft.EntityFrameworkCore;
using Supervision.Web.Common;
using Supervision.Web.Data;
using Supervision.Web.Data.Changes;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Queries.Settings;

namespace Supervision.Web.Queries.ProcessingTimes;

/// <summary>
/// 办理时效: figure 5 per hall, per department and per item over the cases completed in a period, each
/// group through <see cref="ProcessingFigures.Of"/> (the rollup and calculator every hall figure uses).
/// </summary>
/// <remarks>
/// Items carry no processing rollup, so the cases completed in the period are read (one indexed range of
/// the completion day) and grouped here. Answers are shared like the period sums: forgotten when a commit
/// touches the scope, and after <see cref="PeriodRollupCache.MaxAge"/> in any case.
/// </remarks>
internal sealed class ProcessingTimesReader : IProcessingTimes, IDisposable
{
    private readonly IDbContextFactory<SupervisionDbContext> _contexts;
    private readonly ISettingsProvider _settings;
    private readonly IIngestionNotifications _notifications;
    private readonly SharedComputationCache<Key> _answers;

    public ProcessingTimesReader(IDbContextFactory<SupervisionDbContext> contexts, ISettingsProvider settings,
        IIngestionNotifications notifications, TimeProvider time)
    {
        (_contexts, _settings, _notifications) = (contexts, settings, notifications);
        _answers = new SharedComputationCache<Key>(time, PeriodRollupCache.MaxAge, maxEntries: 64);
        notifications.Committed += Invalidate;
    }

    private readonly record struct Key(string? Town, DateOnly Start, DateOnly End);

    public Task<ProcessingReport> GetAsync(string? town, Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        return _answers.GetAsync(new Key(town, period.Start, period.End), ct => ReadAsync(town, period, ct), version: null, cancellationToken);
    }

    public void Dispose()
    {
        _notifications.Committed -= Invalidate;
        _answers.Dispose();
    }

    private void Invalidate(IngestionCommitted change) => _answers.Invalidate(key =>
        (key.Town is null || change.Towns.Contains(key.Town))
        && (change.Days is not { } days || days.Any(d => (key.Town is null || d.Town == key.Town) && d.Day >= key.Start && d.Day <= key.End)));

    private async Task<ProcessingReport> ReadAsync(string? town, Period period, CancellationToken ct)
    {
        await using var db = await _contexts.CreateDbContextAsync(ct);
        var (start, end) = (period.Start, period.End);
        var cases = db.Set<CaseRecord>().AsNoTracking().Where(c => c.CompletedDay >= start && c.CompletedDay <= end);
        if (town is not null)
        {
            cases = cases.Where(c => c.Town == town);
        }
        var completed = await cases.ToListAsync(ct);
        var towns = await db.Towns.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, StringComparer.Ordinal, ct);
        var items = await db.ServiceItems.AsNoTracking().ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Name, StringComparer.Ordinal, ct);

        var calculator = _settings.Current.Calculator;
        ProcessingFigures Figures(IEnumerable<CaseRecord> group) => ProcessingFigures.Of(group, period, calculator);
        string Department(CaseRecord c) => c.ItemCode is { } code && items.TryGetValue(code, out var item) ? item.DepartmentCode : "";

        var halls = completed.GroupBy(c => c.Town, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProcessingRow(g.Key, towns.GetValueOrDefault(g.Key, g.Key), Figures(g))).ToList();
        var byDepartment = completed.GroupBy(Department, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProcessingRow(g.Key, g.Key.Length == 0 ? ProcessingReport.UnknownItem : departments.GetValueOrDefault(g.Key, g.Key), Figures(g))).ToList();
        var byItem = completed.Where(c => c.ItemCode is not null).GroupBy(c => c.ItemCode!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var item = items.GetValueOrDefault(g.Key);
                var department = item is null ? ProcessingReport.UnknownItem : departments.GetValueOrDefault(item.DepartmentCode, item.DepartmentCode);
                return new ItemProcessingRow(g.Key, item?.Name ?? g.Key, department, item?.PromisedDays, Figures(g));
            }).ToList();
        return new ProcessingReport(period, Figures(completed), halls, byDepartment, byItem);
    }

}
