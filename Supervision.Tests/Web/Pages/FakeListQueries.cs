using Supervision.Domain.Activity;
using Supervision.Domain.Figures;
using Supervision.Web.Queries;

namespace Supervision.Tests.Web.Pages;

/// <summary>Fixed answers for the read side; remembers the case queries it was asked.</summary>
public sealed class FakeListQueries : IFigureQueries
{
    public IReadOnlyList<TownSummary> Towns { get; set; } =
    [
        new(ListsWorld.Nanma, "南麻街道", true),
        new(ListsWorld.Lishan, "历山街道", true),
        new(ListsWorld.Yuezhuang, "悦庄镇", false),
    ];

    /// <summary>The figures returned for any scope and period (Scope and Period are replaced by the asked ones).</summary>
    public FigureSet Figures { get; set; } = new() { Scope = Scope.County, Period = Period.Day(new DateOnly(2020, 10, 1)) };

    public List<(Scope Scope, Period Period)> FigureRequests { get; } = [];

    public IReadOnlyList<CaseRecord> Cases { get; set; } = [];

    public int CaseTotal { get; set; }

    public List<CaseQuery> CaseQueries { get; } = [];

    public Task<FigureSet> GetFiguresAsync(Scope scope, Period period, CancellationToken cancellationToken)
    {
        FigureRequests.Add((scope, period));
        return Task.FromResult(Figures with { Scope = scope, Period = period });
    }

    public Task<PagedResult<CaseRecord>> FindCasesAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        CaseQueries.Add(query);
        return Task.FromResult(new PagedResult<CaseRecord>(Cases, query.Page, query.PageSize, CaseTotal == 0 ? Cases.Count : CaseTotal));
    }

    public Task<IReadOnlyList<TownSummary>> GetTownsAsync(CancellationToken cancellationToken) => Task.FromResult(Towns);

    public Task<IReadOnlyList<RankedHall>> RankHallsAsync(Period period, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("列表页面不应请求镇街排名。");

    public Task<LiveHallState> GetLiveAsync(string townCode, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("列表页面不应请求实时状态。");

    public Task<LiveHallState> GetCountyLiveAsync(CancellationToken cancellationToken) =>
        throw new InvalidOperationException("列表页面不应请求实时状态。");

    public Task<IReadOnlyList<DailyPoint>> GetTrendAsync(Scope scope, Period period, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("列表页面不应请求趋势。");
}
