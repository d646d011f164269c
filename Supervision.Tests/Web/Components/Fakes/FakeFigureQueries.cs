namespace Supervision.Tests.Web.Components.Fakes;

/// <summary>Fixed answers for the page tests' read side; each answer can be replaced per test, every call is remembered.</summary>
public sealed class FakeFigureQueries : IFigureQueries
{
    public static readonly IReadOnlyList<TownSummary> TwelveTowns =
    [
        new("370323001", "南麻街道", true), new("370323002", "历山街道", true), new("370323101", "悦庄镇", false),
        new("370323102", "东里镇", false), new("370323103", "南鲁山镇", false), new("370323104", "中庄镇", false),
        new("370323105", "大张庄镇", false), new("370323106", "燕崖镇", false), new("370323107", "西里镇", false),
        new("370323108", "鲁村镇", true), new("370323109", "张家坡镇", false), new("370323110", "石桥镇", false),
    ];

    public IReadOnlyList<TownSummary> Towns { get; set; } = TwelveTowns;

    public Func<Scope, Period, FigureSet> Figures { get; set; } = (scope, period) => Empty(scope, period);

    public Func<Period, IReadOnlyList<RankedHall>> Ranking { get; set; } = _ => [];

    public Func<CaseQuery, PagedResult<CaseRecord>> Cases { get; set; } = q => new PagedResult<CaseRecord>([], q.Page, q.PageSize, 0);

    public List<(Scope Scope, Period Period)> FigureCalls { get; } = [];

    public List<CaseQuery> CaseCalls { get; } = [];

    public static FigureSet Empty(Scope scope, Period period) => new() { Scope = scope, Period = period };

    /// <summary>The same figures for any scope and period asked (stamped with the asked ones).</summary>
    public void UseFigures(Func<FigureSet, FigureSet> figures) => Figures = (scope, period) => figures(Empty(scope, period));

    /// <summary>One page of cases for any query; <paramref name="total"/> defaults to the page's size.</summary>
    public void UseCases(IReadOnlyList<CaseRecord> cases, int? total = null) =>
        Cases = q => new PagedResult<CaseRecord>(cases, q.Page, q.PageSize, total ?? cases.Count);

    public Task<FigureSet> GetFiguresAsync(Scope scope, Period period, CancellationToken cancellationToken)
    {
        lock (FigureCalls)
        {
            FigureCalls.Add((scope, period));
        }
        return Task.FromResult(EveryTargetApplies(Figures(scope, period)));
    }

    /// <summary>Unless a test says otherwise, every target applies to the figures it hands out (as for a pilot after 2020-10-31).</summary>
    private static FigureSet EveryTargetApplies(FigureSet set) => set.Judgements.Count > 0 ? set
        : set with { Judgements = FigureMisses.JudgeAll(set, FigureTargets.Default, Enum.GetValues<TargetKey>()), Misses = set.Misses };

    public Task<IReadOnlyList<RankedHall>> RankHallsAsync(Period period, CancellationToken cancellationToken) =>
        Task.FromResult(Ranking(period));

    public Task<LiveHallState> GetLiveAsync(string townCode, CancellationToken cancellationToken) =>
        Task.FromResult(new LiveHallState(townCode, 0, null, 0, 0, 0));

    public Task<LiveHallState> GetCountyLiveAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new LiveHallState("county", 0, null, 0, 0, 0));

    public Task<PagedResult<CaseRecord>> FindCasesAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        lock (CaseCalls)
        {
            CaseCalls.Add(query);
        }
        return Task.FromResult(Cases(query));
    }

    public Task<IReadOnlyList<TownSummary>> GetTownsAsync(CancellationToken cancellationToken) => Task.FromResult(Towns);
}
