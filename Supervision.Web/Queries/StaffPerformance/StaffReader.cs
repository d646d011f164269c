using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Queries.Settings;
using StaffMember = Supervision.Domain.Reference.Staff;

namespace Supervision.Web.Queries.StaffPerformance;

/// <summary>One staff member's figures for the period; <see cref="Place"/> is null when there is no score.</summary>
public sealed record StaffRanking(int? Place, StaffMember Staff, FigureSet Figures);

public sealed record StaffDetail(StaffMember Staff, FigureSet Figures, IReadOnlyList<StaffDayRollup> Days, IReadOnlyList<ReviewRecord> RecentReviews);

/// <summary>Figure 11 per staff member, summed from StaffDayRollups by the same calculator as every other figure.</summary>
public sealed class StaffReader(IDbContextFactory<SupervisionDbContext> contexts, ISettingsProvider settings, WorkingCalendarSource calendars, TimeProvider time)
{
    public const int RecentReviewCount = 20;

    /// <param name="town">A town code, or null for every hall.</param>
    public async Task<IReadOnlyList<StaffRanking>> RankAsync(string? town, Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staff = await db.Staff.AsNoTracking().Where(s => town == null || s.TownCode == town).ToListAsync(cancellationToken);
        var sources = await StaffScoreSources.ReadAsync(db, town, period, calendars.Current, time.GetUtcNow(), cancellationToken);
        var byStaff = sources.StaffDays.ToLookup(r => r.StaffId, StringComparer.Ordinal);
        var scored = staff
            .Select(s => (Staff: s, Figures: settings.Current.Calculator.Calculate(Scope.Staff(s.Id), period, sources with { StaffDays = byStaff[s.Id] })))
            .OrderByDescending(x => x.Figures.Score.HasValue)
            .ThenByDescending(x => x.Figures.Score)
            .ThenBy(x => x.Staff.Id, StringComparer.Ordinal)
            .ToList();
        var ranking = new List<StaffRanking>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var (member, figures) = scored[i];
            // Equal scores share a place (1, 2, 2, 4), as in the hall ranking.
            int? place = figures.Score is null ? null
                : i > 0 && scored[i - 1].Figures.Score == figures.Score ? ranking[i - 1].Place
                : i + 1;
            ranking.Add(new StaffRanking(place, member, figures));
        }
        return ranking;
    }

    /// <returns>Null when there is no such staff member.</returns>
    public async Task<StaffDetail?> GetAsync(string staffId, Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var member = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId, cancellationToken);
        if (member is null)
        {
            return null;
        }
        var sources = await StaffScoreSources.ReadAsync(db, member.TownCode, period, calendars.Current, time.GetUtcNow(), cancellationToken);
        var days = sources.StaffDays.Where(r => r.StaffId == staffId).ToList();
        var reviews = await db.Set<ReviewRecord>().AsNoTracking()
            .Where(r => r.Staff == staffId && r.SubmittedDay != null && r.SubmittedDay <= period.End)
            .OrderByDescending(r => r.SubmittedDay).ThenByDescending(r => r.ReviewId)
            .Take(RecentReviewCount)
            .ToListAsync(cancellationToken);
        var figures = settings.Current.Calculator.Calculate(Scope.Staff(staffId), period, sources);
        return new StaffDetail(member, figures, days.OrderBy(d => d.Day).ToList(), reviews);
    }
}
