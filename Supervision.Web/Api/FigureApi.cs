using Supervision.Web.Common;
using Supervision.Web.Ingestion;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Security;
using Supervision.Web.Routing;

namespace Supervision.Web.Api;

/// <summary>
/// The read API: <c>GET /api/v1/figures</c>, <c>GET /api/v1/towns/{code}/live</c>, <c>GET /api/v1/cases</c>.
/// Query parameters are read by hand so every bad one is answered in Chinese, all in one 400.
/// Who may call, and whether a named town (<c>{code}</c>, <c>town=</c>, <c>scope=town:</c>) is in reach, is
/// the <see cref="SupervisionPolicies.ApiRead"/> policy's; the handlers only narrow what a town-bound caller reads.
/// </summary>
public static class FigureApi
{
    public static IEndpointRouteBuilder MapFigureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("").DisableAntiforgery().RequireAuthorization(SupervisionPolicies.ApiRead)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet(ApiRoutes.Figures, GetFiguresAsync).WithName("GetFigures").WithTags(ApiTags.Figures)
            .WithSummary("指标：某范围某时间段的全部监管指标")
            .WithQueryParameters(
                new("scope", "范围：county（全县，默认为调用者可见范围）、town:370323001、staff:370323001-S01 或 item:RS-001"),
                new("period", "时间段：today、2020-W41（ISO 周）、2020-10（月）或 2020（年）；与 from/to 二选一"),
                new("from", "起始日（yyyy-MM-dd，含），与 to 同时提供"),
                new("to", "截止日（yyyy-MM-dd，含），与 from 同时提供"));
        api.MapGet(ApiRoutes.TownLive, GetLiveAsync).WithName("GetTownLive").WithTags(ApiTags.Figures)
            .WithSummary("镇街今日实时数据");
        api.MapGet(ApiRoutes.Cases, FindCasesAsync).WithName("FindCases").WithTags(ApiTags.Figures)
            .WithSummary("办件查询（分页）")
            .WithQueryParameters(
                new("town", "镇街代码；镇街密钥或镇街用户不提供时为本镇街"),
                new("item", "事项编码"),
                new("status", "办件状态：open（在办）、completed（办结）、late（超期办结）、refused（不予受理）、pending（待受理）"),
                new("card", "在办亮牌：red 或 yellow"),
                new("period", "时间段（同 /api/v1/figures），或用 from/to"),
                new("from", "起始日（yyyy-MM-dd）"),
                new("to", "截止日（yyyy-MM-dd）"),
                new("text", "按办件编号、事项编码或受理人员编号查找（包含即匹配）"),
                new("page", "页码，从 1 起"),
                new("pageSize", $"每页条数，1–{CaseQuery.MaxPageSize}，默认 20"));
        return endpoints;
    }

    private static async Task<IResult> GetFiguresAsync(
        HttpContext http, IAccessScope access, IFigureQueries queries, ReferenceCatalogCache catalogs,
        TimeProvider time, CancellationToken ct)
    {
        var reach = access.Reach(http.User);
        var q = http.Request.Query;
        var problems = new QueryProblems();
        var scope = ParseScope(q["scope"].ToString(), reach, problems);
        var period = ParsePeriod(q["period"].ToString(), q["from"].ToString(), q["to"].ToString(), time.GetUtcNow(), required: true, problems);
        if (problems.Any)
        {
            return problems.ToResult();
        }

        if (await OutOfReachAsync(http, scope!, reach, catalogs, ct) is { } forbidden)
        {
            return forbidden;
        }
        try
        {
            return Results.Ok(FigureJson.From(await queries.GetFiguresAsync(scope!, period!, ct)));
        }
        catch (UnknownTownException e)
        {
            problems.Add("scope", e.Message);
            return problems.ToResult();
        }
    }

    private static async Task<IResult> GetLiveAsync(
        string code, IFigureQueries queries, TimeProvider time, CancellationToken ct)
    {
        var town = (await queries.GetTownsAsync(ct)).FirstOrDefault(t => t.Code == code);
        if (town is null)
        {
            var problems = new QueryProblems();
            problems.Add("code", $"未知镇街代码“{code}”。");
            return problems.ToResult();
        }
        var today = await queries.GetFiguresAsync(Scope.Town(code), Period.TodaySoFar(time.GetUtcNow()), ct);
        return Results.Ok(FigureJson.Live(town.Code, town.Name, today));
    }

    private static async Task<IResult> FindCasesAsync(
        HttpContext http, IAccessScope access, IFigureQueries queries, WorkingCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var q = http.Request.Query;
        var problems = new QueryProblems();
        var town = Optional(q["town"].ToString());
        if (town is not null && (await queries.GetTownsAsync(ct)).All(t => t.Code != town))
        {
            problems.Add("town", $"未知镇街代码“{town}”。");
        }
        var now = time.GetUtcNow();
        var query = new CaseQuery
        {
            // Without a town, a town-bound caller gets its own town's cases, never the county's.
            Town = town ?? access.Reach(http.User).TownCode,
            Item = Optional(q["item"].ToString()),
            Status = ParseStatus(q["status"].ToString(), problems),
            Card = ParseCard(q["card"].ToString(), problems),
            Period = ParsePeriod(q["period"].ToString(), q["from"].ToString(), q["to"].ToString(), now, required: false, problems),
            Text = Optional(q["text"].ToString()),
            Page = ParseInt(q["page"].ToString(), "page", 1, 1, 1_000_000, problems),
            PageSize = ParseInt(q["pageSize"].ToString(), "pageSize", 20, 1, CaseQuery.MaxPageSize, problems),
        };
        if (problems.Any)
        {
            return problems.ToResult();
        }
        var result = await queries.FindCasesAsync(query, ct);
        return Results.Ok(new
        {
            page = result.Page,
            pageSize = result.PageSize,
            totalCount = result.TotalCount,
            pageCount = result.PageCount,
            items = result.Items.Select(c => FigureJson.Case(c, now, calendar)),
        });
    }

    /// <summary>A town key reaches its own hall and that hall's staff; county-wide and item scopes pool every hall.</summary>
    private static async Task<IResult?> OutOfReachAsync(HttpContext http, Scope scope, AccessReach reach, ReferenceCatalogCache catalogs, CancellationToken ct)
    {
        if (reach.Kind == AccessReachKind.County)
        {
            return null;
        }
        return scope.Kind switch
        {
            ScopeKind.Town when reach.Includes(scope.Code!) => null,
            ScopeKind.Staff when (await catalogs.GetAsync(ct)).Catalog.FindStaff(scope.Code!)?.TownCode is { } town && reach.Includes(town) => null,
            ScopeKind.Staff => AccessProblems.Forbidden(http.User, reach, $"工作人员 {scope.Code} 的数据"),
            ScopeKind.Town => AccessProblems.Forbidden(http.User, reach, $"镇街 {scope.Code} 的数据"),
            ScopeKind.Item => AccessProblems.Forbidden(http.User, reach, "全县汇总的事项数据"),
            _ => AccessProblems.Forbidden(http.User, reach, "全县数据"),
        };
    }

    private static Scope? ParseScope(string text, AccessReach reach, QueryProblems problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            // Without a scope, callers get what they reach.
            return reach.TownCode is { } town ? Scope.Town(town) : Scope.County;
        }
        try
        {
            return Scope.Parse(text);
        }
        catch (DomainException e)
        {
            problems.Add("scope", e.Message);
            return null;
        }
    }

    private static Period? ParsePeriod(string period, string from, string to, DateTimeOffset now, bool required, QueryProblems problems)
    {
        var hasPeriod = !string.IsNullOrWhiteSpace(period);
        var hasFrom = !string.IsNullOrWhiteSpace(from);
        var hasTo = !string.IsNullOrWhiteSpace(to);
        if (hasPeriod && (hasFrom || hasTo))
        {
            problems.Add("period", "period 与 from/to 只能任选其一。");
            return null;
        }
        if (!hasPeriod && !hasFrom && !hasTo)
        {
            if (required)
            {
                problems.Add("period", "缺少时间段：请提供 period（如 2020-W41、2020-10、today）或 from 和 to（yyyy-MM-dd）。");
            }
            return null;
        }
        if (!hasPeriod && hasFrom != hasTo)
        {
            problems.Add(hasFrom ? "to" : "from", "from 和 to 必须同时提供。");
            return null;
        }
        try
        {
            if (hasPeriod)
            {
                return Period.Parse(period, now);
            }
            var start = ParseDate(from, "from", problems);
            var end = ParseDate(to, "to", problems);
            return start is { } s && end is { } e ? Period.Range(s, e) : null;
        }
        catch (DomainException ex)
        {
            problems.Add(hasPeriod ? "period" : "to", ex.Message);
            return null;
        }
    }

    private static DateOnly? ParseDate(string text, string name, QueryProblems problems)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        problems.Add(name, $"{name} 必须是 yyyy-MM-dd 格式的日期，收到“{text}”。");
        return null;
    }

    private static CaseStatusFilter ParseStatus(string text, QueryProblems problems) => text.Trim() switch
    {
        "" or "any" => CaseStatusFilter.Any,
        "open" => CaseStatusFilter.Open,
        "completed" => CaseStatusFilter.Completed,
        "late" => CaseStatusFilter.Late,
        "refused" => CaseStatusFilter.Refused,
        "pending" => CaseStatusFilter.Pending,
        "accepted" => CaseStatusFilter.Accepted,
        "ontime" => CaseStatusFilter.OnTime,
        "onetrip" => CaseStatusFilter.OneTrip,
        _ => Invalid(problems, "status", $"status 的值“{text}”无效，应为 open、accepted、completed、late、ontime、onetrip、refused、pending 或 any。", CaseStatusFilter.Any),
    };

    private static CardColour ParseCard(string text, QueryProblems problems) => text.Trim() switch
    {
        "" => CardColour.None,
        "red" => CardColour.Red,
        "yellow" => CardColour.Yellow,
        _ => Invalid(problems, "card", $"card 的值“{text}”无效，应为 red 或 yellow。", CardColour.None),
    };

    private static int ParseInt(string text, string name, int fallback, int min, int max, QueryProblems problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        problems.Add(name, $"{name} 必须是 {min}–{max} 之间的整数，收到“{text}”。");
        return fallback;
    }

    private static T Invalid<T>(QueryProblems problems, string name, string message, T fallback)
    {
        problems.Add(name, message);
        return fallback;
    }

    private static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
