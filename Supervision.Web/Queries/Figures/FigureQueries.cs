using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Queries.Cases;
using Supervision.Web.Queries.Live;
using Supervision.Web.Queries.Reference;
using Supervision.Web.Queries.Settings;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Queries.StaffPerformance;

namespace Supervision.Web.Queries.Figures;

/// <summary>
/// <see cref="IFigureQueries"/> over the rollup and record tables. Each query reads only the rows of
/// its period (indexed by day) and leaves the arithmetic to <see cref="FigureCalculator"/>, so the API,
/// the pages and the bulletins publish the same numbers as the domain tests.
/// </summary>
internal sealed class FigureQueries(
    IDbContextFactory<SupervisionDbContext> contexts,
    ReadReferenceCache reference,
    LiveStateReader live,
    ISettingsProvider settings,
    PeriodRollupCache sums,
    WorkingCalendarSource calendars,
    TimeProvider time) : IFigureQueries
{
    public async Task<FigureSet> GetFiguresAsync(Scope scope, Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        var refs = await reference.GetAsync(cancellationToken);
        if (scope.Kind == ScopeKind.Town && !refs.HasTown(scope.Code!))
        {
            throw new UnknownTownException(scope.Code!);
        }
        var towns = scope.Kind == ScopeKind.Town ? [scope.Code!] : refs.Towns.Select(t => t.Code).ToList();
        var sources = await SourcesAsync(scope, period, towns, refs, cancellationToken);
        return settings.Current.Calculator.Calculate(scope, period, sources);
    }

    public async Task<IReadOnlyList<RankedHall>> RankHallsAsync(Period period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var refs = await reference.GetAsync(cancellationToken);
        var towns = refs.Towns.Select(t => t.Code).ToList();
        // One read for all halls; the calculator picks each hall's rows.
        var sources = await SourcesAsync(Scope.County, period, towns, refs, cancellationToken);
        return settings.Current.Calculator.RankHalls(towns, period, sources);
    }

    public async Task<LiveHallState> GetLiveAsync(string townCode, CancellationToken cancellationToken)
    {
        var refs = await reference.GetAsync(cancellationToken);
        if (!refs.HasTown(townCode))
        {
            throw new UnknownTownException(townCode);
        }
        var snapshot = await live.ReadAsync([townCode], time.GetUtcNow(), cancellationToken);
        return snapshot.Halls[townCode];
    }

    public async Task<LiveHallState> GetCountyLiveAsync(CancellationToken cancellationToken)
    {
        var refs = await reference.GetAsync(cancellationToken);
        var snapshot = await live.ReadAsync(refs.Towns.Select(t => t.Code).ToList(), time.GetUtcNow(), cancellationToken);
        return LiveHallState.Combine(Scope.County.ToString(), snapshot.Halls.Values);
    }

    public async Task<PagedResult<CaseRecord>> FindCasesAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, CaseQuery.MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = CaseFilters.Apply(db.Set<CaseRecord>().AsNoTracking(), query);

        if (query.Card != CardColour.None)
        {
            var open = await CaseFilters.Order(cases).ToListAsync(cancellationToken);
            var ordered = CaseFilters.WithCard(open, query.Card, time.GetUtcNow(), live.Calendar).ToList();
            return new PagedResult<CaseRecord>(ordered.Skip((page - 1) * size).Take(size).ToList(), page, size, ordered.Count);
        }

        var total = await cases.CountAsync(cancellationToken);
        var items = await CaseFilters.Order(cases).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<CaseRecord>(items, page, size, total);
    }

    public async Task<IReadOnlyList<TownSummary>> GetTownsAsync(CancellationToken cancellationToken) =>
        (await reference.GetAsync(cancellationToken)).Towns.Select(t => new TownSummary(t.Code, t.Name, t.IsPilot)).ToList();

    private async Task<FigureSources> SourcesAsync(
        Scope scope, Period period, IReadOnlyList<string> towns, ReadReference refs, CancellationToken ct)
    {
        var (start, end, code) = (period.Start, period.End, scope.Code);
        await using var db = await contexts.CreateDbContextAsync(ct);
        switch (scope.Kind)
        {
            case ScopeKind.Staff:
                var staffTown = await db.Staff.AsNoTracking().Where(s => s.Id == code).Select(s => s.TownCode).FirstOrDefaultAsync(ct);
                return staffTown is null
                    ? new FigureSources()
                    : await StaffScoreSources.ReadAsync(db, staffTown, period, calendars.Current, time.GetUtcNow(), ct);
            case ScopeKind.Item:
                return new FigureSources
                {
                    ItemDays = await db.Set<ItemDayRollup>().AsNoTracking()
                        .Where(r => r.ItemCode == code && r.Day >= start && r.Day <= end).ToListAsync(ct),
                    ItemHistory = refs.ItemHistory,
                };
        }

        var single = scope.Kind == ScopeKind.Town;
        var rows = await sums.GetAsync(new PeriodRollupCache.Key(single ? code : null, start, end),
            token => PeriodRollupReader.ReadAsync(contexts, single ? code : null, start, end, token), ct);

        var now = time.GetUtcNow();
        var liveStates = period.Contains(WorkingCalendar.LocalDate(now))
            ? (await live.ReadAsync(towns.ToList(), now, ct)).Halls.Values.ToList()
            : [];
        return new FigureSources
        {
            TownDays = rows.Towns, StaffDays = rows.Staff, ItemHistory = refs.ItemHistory, Live = liveStates, Halls = refs.Standings,
            NotYetDue = await NotYetDueAsync(single ? code : null, period, now, ct),
        };
    }

    // The period's days from today on, day by day (the period sums cannot tell them apart); never cached, as they depend on now.
    private async Task<List<TownDayRollup>> NotYetDueAsync(string? town, Period period, DateTimeOffset now, CancellationToken ct)
    {
        var from = WorkingCalendar.LocalDate(now);
        if (period.End < from)
        {
            return [];
        }
        from = from > period.Start ? from : period.Start;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Set<TownDayRollup>().AsNoTracking()
            .Where(r => (town == null || r.Town == town) && r.Day >= from && r.Day <= period.End).ToListAsync(ct);
        return DueCutoff.NotPassed(rows, now, live.Calendar.Hours).ToList();
    }
}
