using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Queries.Items;

/// <summary>
/// One hall's 一窗受理事项覆盖率 as of the period's last day and at each sample date of the chart.
/// <paramref name="Judged"/>: the coverage target applies to the hall on the period (a pilot, or rolled out), so it can miss it.
/// </summary>
public sealed record HallCoverage(string TownCode, string TownName, bool IsPilot, bool Judged, Ratio AsOfEnd, IReadOnlyList<Ratio> Series);

/// <param name="Dates">The chart's sample dates, oldest first; each hall's series has one value per date.</param>
public sealed record CoverageView(DateOnly AsOf, IReadOnlyList<DateOnly> Dates, IReadOnlyList<HallCoverage> Halls);

/// <summary>An item as one hall has it as of a date, with its volumes over the period.</summary>
public sealed record HallItemRow(
    string Code,
    string Name,
    string Department,
    int PromisedDays,
    int StatutoryDays,
    bool PreReviewOnly,
    bool Stationed,
    bool OneWindowEnabled,
    DateOnly Since,
    int Accepted,
    int Completed,
    int CompletedLate,
    Ratio OnTimeRate);

public sealed record ItemOption(string Code, string Name);

/// <summary>Reads the 事项 page: coverage per hall from the HallItemStatus history, item lists from ItemDayRollups.</summary>
public sealed class ItemsReader(IDbContextFactory<SupervisionDbContext> contexts)
{
    /// <summary>At most this many points per line, so a year stays readable.</summary>
    public const int MaxChartPoints = 14;

    public async Task<CoverageView> GetCoverageAsync(Period period, TargetApplicability coverageTarget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(coverageTarget);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var towns = await db.Towns.AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken);
        var history = await db.HallItemStatuses.AsNoTracking().ToListAsync(cancellationToken);
        var dates = SampleDates(period);
        var halls = towns
            .Select(t =>
            {
                var own = history.Where(s => s.TownCode == t.Code).ToList();
                var judged = TargetRules.Applies(coverageTarget, new HallStanding(t.Code, t.IsPilot, t.RolloutDate), period);
                return new HallCoverage(t.Code, t.Name, t.IsPilot, judged, ItemCoverage.AsOf(own, period.End),
                    dates.Select(d => ItemCoverage.AsOf(own, d)).ToList());
            })
            .ToList();
        return new CoverageView(period.End, dates, halls);
    }

    public async Task<IReadOnlyList<HallItemRow>> GetItemsAsync(string townCode, Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var history = await db.HallItemStatuses.AsNoTracking()
            .Where(s => s.TownCode == townCode && s.EffectiveFrom <= period.End)
            .ToListAsync(cancellationToken);
        var current = history
            .GroupBy(s => s.ItemCode)
            .Select(g => g.OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Id).First())
            .ToDictionary(s => s.ItemCode, StringComparer.Ordinal);
        var codes = current.Keys.ToList();
        var items = await db.ServiceItems.AsNoTracking().Where(i => codes.Contains(i.Code)).ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Name, cancellationToken);
        var volumes = await db.Set<ItemDayRollup>().AsNoTracking()
            .Where(r => r.Town == townCode && r.Day >= period.Start && r.Day <= period.End)
            .GroupBy(r => r.ItemCode)
            .Select(g => new
            {
                ItemCode = g.Key,
                Accepted = g.Sum(r => r.Accepted),
                Completed = g.Sum(r => r.Completed),
                OnTime = g.Sum(r => r.CompletedOnTime),
                Late = g.Sum(r => r.CompletedLate),
            })
            .ToDictionaryAsync(v => v.ItemCode, StringComparer.Ordinal, cancellationToken);

        return items
            .Select(i =>
            {
                var status = current[i.Code];
                volumes.TryGetValue(i.Code, out var v);
                return new HallItemRow(i.Code, i.Name, departments.GetValueOrDefault(i.DepartmentCode, i.DepartmentCode),
                    i.PromisedDays, i.StatutoryDays, i.PreReviewOnly, status.Stationed, status.OneWindowEnabled, status.EffectiveFrom,
                    v?.Accepted ?? 0, v?.Completed ?? 0, v?.Late ?? 0, Ratio.Of(v?.OnTime ?? 0, (v?.OnTime ?? 0) + (v?.Late ?? 0)));
            })
            .OrderByDescending(r => r.Stationed).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<ItemOption>> GetCatalogueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ServiceItems.AsNoTracking().OrderBy(i => i.Code)
            .Select(i => new ItemOption(i.Code, i.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>Evenly spaced dates from the period's first to its last day, both included.</summary>
    public static IReadOnlyList<DateOnly> SampleDates(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var step = Math.Max(1, (int)Math.Ceiling((period.DayCount - 1) / (double)(MaxChartPoints - 1)));
        var dates = new List<DateOnly>();
        for (var d = period.Start; d < period.End; d = d.AddDays(step))
        {
            dates.Add(d);
        }
        dates.Add(period.End);
        return dates;
    }
}
