using Supervision.Web.Common;
using Supervision.Web.Queries.Figures;

namespace Supervision.Web.Export.Tables;

/// <summary>
/// The dashboard filters an export is made with. Parameter names and values are those of
/// <c>GET /api/v1/cases</c>: <c>period</c> (or <c>from</c>/<c>to</c>), <c>town</c>, <c>item</c>,
/// <c>status</c>, <c>card</c>, <c>text</c> (the items list's search too); the staff list also takes <c>view=bottom</c>.
/// </summary>
public sealed record ExportFilters
{
    public string? Town { get; init; }
    public Period? Period { get; init; }
    public string? Item { get; init; }
    public CaseStatusFilter Status { get; init; }
    public CardColour Card { get; init; }
    public string? Text { get; init; }
    /// <summary>The staff list's 末位 view (<c>view=bottom</c>).</summary>
    public bool BottomOnly { get; init; }

    public string Scope => Town is null ? "county" : $"town:{Town}";

    public CaseQuery ToCaseQuery() => new() { Town = Town, Item = Item, Status = Status, Card = Card, Period = Period, Text = Text };

    /// <summary>Reads the filters; every bad one is added to <paramref name="problems"/> in Chinese.</summary>
    internal static ExportFilters Parse(IQueryCollection q, DateTimeOffset now, IReadOnlyCollection<string> towns, QueryProblems problems)
    {
        var town = Optional(q["town"]);
        if (town is not null && !towns.Contains(town))
        {
            problems.Add("town", $"未知镇街代码“{town}”。");
        }
        return new ExportFilters
        {
            Town = town,
            Period = ParsePeriod(q, now, problems),
            Item = Optional(q["item"]),
            Status = Optional(q["status"]) is { } status
                ? Enum.TryParse<CaseStatusFilter>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _)
                    ? parsed
                    : Invalid(problems, "status", $"status 的值“{status}”无效，应为 {string.Join("、", Enum.GetNames<CaseStatusFilter>().Select(n => n.ToLowerInvariant()))}。", CaseStatusFilter.Any)
                : CaseStatusFilter.Any,
            Card = Optional(q["card"])?.ToLowerInvariant() switch
            {
                null => CardColour.None,
                "red" => CardColour.Red,
                "yellow" => CardColour.Yellow,
                var c => Invalid(problems, "card", $"card 的值“{c}”无效，应为 red 或 yellow。", CardColour.None),
            },
            Text = Optional(q["text"]),
            BottomOnly = Optional(q["view"]) switch
            {
                null or "all" => false,
                "bottom" => true,
                var s => Invalid(problems, "view", $"view 的值“{s}”无效，应为 all 或 bottom（末位）。", false),
            },
        };
    }

    private static Period? ParsePeriod(IQueryCollection q, DateTimeOffset now, QueryProblems problems)
    {
        var (text, from, to) = (Optional(q["period"]), Optional(q["from"]), Optional(q["to"]));
        if (text is not null && (from is not null || to is not null))
        {
            problems.Add("period", "period 与 from/to 只能任选其一。");
            return null;
        }
        if ((from is null) != (to is null))
        {
            problems.Add(from is null ? "from" : "to", "from 和 to 必须同时提供。");
            return null;
        }
        try
        {
            var period = text is not null ? Period.Parse(text, now)
                : from is not null ? Period.Range(Date(from, "from"), Date(to!, "to"))
                : null;
            var today = Domain.Calendar.WorkingCalendar.LocalDate(now);
            if (period is not null && period.Start > today)
            {
                problems.Add(text is not null ? "period" : "from", $"{period.Label}是未来的时间段（今天是{today.Year}年{today.Month}月{today.Day}日），没有可导出的数据。");
            }
            return period;
        }
        catch (DomainException e)
        {
            problems.Add(text is not null ? "period" : "from", e.Message);
            return null;
        }
    }

    private static DateOnly Date(string text, string name) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new DomainException($"{name} 必须是 yyyy-MM-dd 格式的日期，收到“{text}”。");

    private static T Invalid<T>(QueryProblems problems, string name, string message, T fallback)
    {
        problems.Add(name, message);
        return fallback;
    }

    private static string? Optional(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrWhiteSpace(value.ToString()) ? null : value.ToString().Trim();
}
