namespace Supervision.Web.Common;

/// <summary>Collects bad query parameters so one 400 names every problem at once.</summary>
internal sealed class QueryProblems
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string parameter, string message)
    {
        if (!errors.TryGetValue(parameter, out var list))
        {
            errors[parameter] = list = [];
        }
        list.Add(message);
    }

    public IResult ToResult() => Results.ValidationProblem(
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        title: "请求参数无效",
        detail: $"有 {errors.Values.Sum(v => v.Count)} 个参数无效：{string.Join("；", errors.Values.SelectMany(v => v))}");
}
