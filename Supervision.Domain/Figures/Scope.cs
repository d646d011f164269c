namespace Supervision.Domain.Figures;

public enum ScopeKind
{
    County = 1, // 全县
    Town = 2,   // 一个便民服务中心
    Staff = 3,  // 一名工作人员
    Item = 4,   // 一个事项
}

/// <summary>
/// What a figure is about: the whole county, one hall (<c>town:370323001</c>), one staff member
/// (<c>staff:370323001-S01</c>) or one service item (<c>item:{code}</c>). The text form is the one the
/// query API takes.
/// </summary>
public sealed record Scope
{
    private Scope(ScopeKind kind, string? code)
    {
        Kind = kind;
        Code = code;
    }

    public ScopeKind Kind { get; }

    /// <summary>Town code, staff id or item code; null for the county.</summary>
    public string? Code { get; }

    public static Scope County { get; } = new(ScopeKind.County, null);

    public static Scope Town(string code) => new(ScopeKind.Town, Required(code, "镇街代码"));

    public static Scope Staff(string id) => new(ScopeKind.Staff, Required(id, "工作人员编号"));

    public static Scope Item(string code) => new(ScopeKind.Item, Required(code, "事项编码"));

    public static Scope Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed == "county")
        {
            return County;
        }
        var colon = trimmed.IndexOf(':');
        if (colon > 0)
        {
            var code = trimmed[(colon + 1)..];
            switch (trimmed[..colon])
            {
                case "town" when code.Length > 0: return Town(code);
                case "staff" when code.Length > 0: return Staff(code);
                case "item" when code.Length > 0: return Item(code);
            }
        }
        throw new DomainException($"无法识别范围“{text}”：应为 county、town:镇街代码、staff:工作人员编号 或 item:事项编码。");
    }

    public override string ToString() => Kind switch
    {
        ScopeKind.County => "county",
        ScopeKind.Town => $"town:{Code}",
        ScopeKind.Staff => $"staff:{Code}",
        _ => $"item:{Code}",
    };

    private static string Required(string value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"{what}不能为空。") : value.Trim();
}
