namespace Supervision.Web.Queries.Figures;

/// <summary>
/// Read side of the dashboard, the API and the bulletins. Period figures come from the daily rollup
/// tables only (never from the event table); the “now” parts (cards, waiting, windows serving) come
/// from open records, and only when the period includes today.
/// </summary>
public interface IFigureQueries
{
    /// <summary>Every figure of DOMAIN.md 1–12 for a scope and period.</summary>
    Task<FigureSet> GetFiguresAsync(Scope scope, Period period, CancellationToken cancellationToken);

    /// <summary>Every town's figures for the period, ranked by composite score (ties share a place).</summary>
    Task<IReadOnlyList<RankedHall>> RankHallsAsync(Period period, CancellationToken cancellationToken);

    /// <summary>What one hall looks like now.</summary>
    /// <exception cref="UnknownTownException">No such town.</exception>
    Task<LiveHallState> GetLiveAsync(string townCode, CancellationToken cancellationToken);

    /// <summary>Every hall now, combined (counts add up; the longest wait is the longest of all).</summary>
    Task<LiveHallState> GetCountyLiveAsync(CancellationToken cancellationToken);

    /// <summary>Cases matching <paramref name="query"/>, newest acceptance (else receipt) first.</summary>
    Task<PagedResult<CaseRecord>> FindCasesAsync(CaseQuery query, CancellationToken cancellationToken);

    /// <summary>Every town of the county in code order (cached reference data).</summary>
    Task<IReadOnlyList<TownSummary>> GetTownsAsync(CancellationToken cancellationToken);
}

/// <summary>A town as the read side lists it.</summary>
public sealed record TownSummary(string Code, string Name, bool IsPilot);

/// <summary>One page of results; <see cref="Page"/> counts from 1.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int PageCount => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}

/// <summary>Which cases to list, by state.</summary>
public enum CaseStatusFilter
{
    Any = 0,
    Open = 1,       // 在办: accepted, not completed, issued or refused
    Completed = 2,  // 已办结 (incl. issued)
    Late = 3,       // 超期办结
    Refused = 4,    // 不予受理
    Pending = 5,    // 未受理 (received or awaiting supplement)
    OnTime = 6,     // 按时办结: the numerator of 按时办结率
    OneTrip = 7,    // 一次办好: completed, the applicant came at most once; the numerator of 一次办好率
    Accepted = 8,   // 已受理: whatever happened since; with a period, the cases 受理件数 counts
}

/// <summary>Which day of a case a period filter reads: the day the figure behind the status filter counts it on.</summary>
public enum CaseDateBasis
{
    Acceptance = 0, // 受理日 (cases never accepted: the day received)
    Completion = 1, // 办结日: 办结, 超期办结, 按时办结, 一次办好
    Refusal = 2,    // 不予受理的日期
}

public static class CaseStatusFilters
{
    /// <summary>The filter's Chinese name in the case list.</summary>
    public static string Name(CaseStatusFilter filter) => filter switch
    {
        CaseStatusFilter.Open => "在办",
        CaseStatusFilter.Completed => "已办结",
        CaseStatusFilter.Late => "超期办结",
        CaseStatusFilter.Refused => "不予受理",
        CaseStatusFilter.Pending => "未受理",
        CaseStatusFilter.OnTime => "按时办结",
        CaseStatusFilter.OneTrip => "一次办好",
        CaseStatusFilter.Accepted => "已受理",
        _ => "全部",
    };

    public static CaseDateBasis DateBasis(CaseStatusFilter filter) => filter switch
    {
        CaseStatusFilter.Completed or CaseStatusFilter.Late or CaseStatusFilter.OnTime or CaseStatusFilter.OneTrip => CaseDateBasis.Completion,
        CaseStatusFilter.Refused => CaseDateBasis.Refusal,
        _ => CaseDateBasis.Acceptance,
    };

    /// <summary>The period switch's label on the case list: which day the period reads.</summary>
    public static string PeriodLabel(CaseStatusFilter filter) => DateBasis(filter) switch
    {
        CaseDateBasis.Completion => "按办结时间段",
        CaseDateBasis.Refusal => "按不予受理时间段",
        _ => "按受理时间段",
    };
}

/// <summary>
/// Filters of the case list. All are optional and combine with AND. <see cref="Period"/> selects
/// cases by the day their status filter's figure counts them (<see cref="CaseStatusFilters.DateBasis"/>):
/// completed in it for 办结/超期/按时/一次办好, refused in it for 不予受理, otherwise accepted in it
/// (cases never accepted: received in it). <see cref="Text"/> matches the case
/// id, the item code or the accepting staff id (substring, case-sensitive as stored).
/// </summary>
public sealed record CaseQuery
{
    public const int MaxPageSize = 200;

    public string? Town { get; init; }
    public string? Item { get; init; }
    public CaseStatusFilter Status { get; init; }
    /// <summary>Open cases whose card is this colour now; <see cref="CardColour.None"/> = no filter.</summary>
    public CardColour Card { get; init; }
    public Period? Period { get; init; }
    public string? Text { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

/// <summary>A town code that is not in the reference data.</summary>
public sealed class UnknownTownException(string townCode) : Exception($"未知镇街代码“{townCode}”。")
{
    public string TownCode { get; } = townCode;
}
