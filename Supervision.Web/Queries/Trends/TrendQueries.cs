using Microsoft.EntityFrameworkCore;
using Supervision.Web.Common;
using Supervision.Web.Data;
using Supervision.Web.Data.Changes;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Queries.Reference;
using Supervision.Web.Queries.Settings;

namespace Supervision.Web.Queries.Trends;

/// <summary>
/// <see cref="ITrendQueries"/> over the day rollups: one read of every hall's days in the span (the counters
/// the headline figures need), then each period's figures from <see cref="FigureCalculator"/> over the days
/// it holds, so a week's rate is its days' numerators over their denominators.
/// </summary>
/// <remarks>
/// The day rows of a span are kept in the shared cache like the period sums (<see cref="PeriodRollupCache"/>):
/// forgotten when a commit touches one of their days, and after <see cref="PeriodRollupCache.MaxAge"/> in any
/// case; they serve the county and every hall, since each line filters the same rows.
/// </remarks>
internal sealed class TrendQueries : ITrendQueries, IDisposable
{
    public const string CountyName = "全县";

    private readonly IDbContextFactory<SupervisionDbContext> _contexts;
    private readonly ReadReferenceCache _reference;
    private readonly WorkingCalendarSource _calendars;
    private readonly ISettingsProvider _settings;
    private readonly IIngestionNotifications _notifications;
    private readonly TimeProvider _time;
    private readonly SharedComputationCache<Key> _days;

    public TrendQueries(IDbContextFactory<SupervisionDbContext> contexts, ReadReferenceCache reference, WorkingCalendarSource calendars,
        ISettingsProvider settings, IIngestionNotifications notifications, TimeProvider time)
    {
        (_contexts, _reference, _calendars, _settings, _notifications, _time) =
            (contexts, reference, calendars, settings, notifications, time);
        _days = new SharedComputationCache<Key>(time, PeriodRollupCache.MaxAge, maxEntries: 16);
        notifications.Committed += Invalidate;
    }

    private readonly record struct Key(DateOnly Start, DateOnly End);

    public async Task<TrendView> GetAsync(string? town, TrendSpan span, CancellationToken cancellationToken)
    {
        var refs = await _reference.GetAsync(cancellationToken);
        if (town is not null && !refs.HasTown(town))
        {
            throw new UnknownTownException(town);
        }
        var periods = TrendBuckets.For(span, WorkingCalendar.LocalDate(_time.GetUtcNow()), _calendars.Current);
        var (start, end) = (periods[0].Start, periods[^1].End);
        var rows = await _days.GetAsync(new Key(start, end), ct => ReadAsync(start, end, ct), version: null, cancellationToken);

        var calculator = _settings.Current.Calculator;
        var lines = Groups(refs, town).Select(g =>
        {
            var inGroup = rows.Where(r => g.Towns.Contains(r.Town)).ToList();
            // The county scope pools whatever rows it is given (numerators and denominators summed over days and halls).
            return new TrendLine(g.Name, periods.Select(p => TrendPoint.From(calculator.Calculate(Scope.County, p, inGroup, []))).ToList());
        }).ToList();
        return new TrendView(span, periods, lines);
    }

    /// <summary>A hall and the county to compare with; or the county, its pilot halls and the others (试点进度's list).</summary>
    private static IEnumerable<(string Name, HashSet<string> Towns)> Groups(ReadReference refs, string? town)
    {
        HashSet<string> Codes(Func<Town, bool> which) =>
            refs.Towns.Where(which).Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        if (town is not null)
        {
            return [(refs.Towns.First(t => t.Code == town).Name, Codes(t => t.Code == town)), (CountyName, Codes(_ => true))];
        }
        var (pilots, others) = (Codes(t => t.IsPilot), Codes(t => !t.IsPilot));
        return new[] { (CountyName, Codes(_ => true)), ($"试点镇街（{pilots.Count}个）", pilots), ($"非试点镇街（{others.Count}个）", others) }
            .Where(g => g.Item2.Count > 0);
    }

    public void Dispose()
    {
        _notifications.Committed -= Invalidate;
        _days.Dispose();
    }

    private void Invalidate(IngestionCommitted change) =>
        _days.Invalidate(key => change.Days is not { } touched || touched.Any(d => d.Day >= key.Start && d.Day <= key.End));

    /// <summary>Every hall's day rows of [start, end] with the counters of the trend's figures only.</summary>
    private async Task<IReadOnlyList<TownDayRollup>> ReadAsync(DateOnly start, DateOnly end, CancellationToken ct)
    {
        await using var db = await _contexts.CreateDbContextAsync(ct);
        return await db.Set<TownDayRollup>().AsNoTracking()
            .Where(r => r.Day >= start && r.Day <= end)
            .Select(r => new TownDayRollup
            {
                Town = r.Town, Day = r.Day, Accepted = r.Accepted, AcceptedComprehensive = r.AcceptedComprehensive,
                Completed = r.Completed, CompletedOnTime = r.CompletedOnTime, CompletedLate = r.CompletedLate,
                CompletedOneTrip = r.CompletedOneTrip, Reviews = r.Reviews, ReviewsGood = r.ReviewsGood,
            })
            .ToListAsync(ct);
    }
}
