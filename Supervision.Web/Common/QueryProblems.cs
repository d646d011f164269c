namespace Supervision.Web.Common;

/// <summary>Collects bad query parameters so one 400 names every problem at once.</summary>
internal sealed class QueryProblems
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string parameter, string message)
    {
        if (!_errors.TryGetValue(parameter, out var list))
        {
            _errors[parameter] = list = [];
        }
        list.Add(message);
    }

    public IResult ToResult() => Results.ValidationProblem(
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        title: "请求参数无效",
        detail: $"有 {_errors.Values.Sum(v => v.Count)} 个参数无效：{string.Join("；", _errors.Values.SelectMany(v => v))}");
}
