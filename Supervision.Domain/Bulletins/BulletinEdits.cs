namespace Supervision.Domain.Bulletins;

/// <summary>
/// What the issuer may change before 印发: the summary paragraph, the 通报表扬 and 通报批评 lines (each
/// generated as the default) and the document fields 文号, 主送, 抄送, 签发人.
/// </summary>
public sealed partial record BulletinEdits(
    string Summary,
    IReadOnlyList<string> Praise,
    IReadOnlyList<string> Criticism,
    string DocumentNumber,
    string MainRecipients,
    string CopyTo,
    string Signer)
{
    public const int MaxFieldLength = 200;
    public const int MaxSummaryLength = 4000;
    public const int MaxLines = 50;
    public const int MaxReasonLength = 500;

    /// <summary>The issuing office's usual addressees, until a bulletin has been issued with others.</summary>
    public const string DefaultMainRecipients = "各镇人民政府、街道办事处";
    public const string DefaultCopyTo = "县委办公室，县政府办公室，县委编办";

    /// <summary>
    /// The problems with these edits, by field (<c>summary</c>, <c>praise</c>, <c>criticism</c>,
    /// <c>documentNumber</c>, <c>mainRecipients</c>, <c>copyTo</c>, <c>signer</c>), in Chinese; empty when
    /// they can be issued. <paramref name="townNames"/> are the halls' names: no hall may be both praised
    /// and criticised.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Problems(IEnumerable<string> townNames)
    {
        ArgumentNullException.ThrowIfNull(townNames);
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string field, string message) =>
            problems[field] = [.. problems.GetValueOrDefault(field) ?? [], message];

        if (string.IsNullOrWhiteSpace(Summary))
        {
            Add("summary", "总体情况不能为空。");
        }
        else if (Summary.Length > MaxSummaryLength)
        {
            Add("summary", $"总体情况不能超过 {MaxSummaryLength} 字（现有 {Summary.Length} 字）。");
        }
        Required("documentNumber", "文号", DocumentNumber);
        Required("mainRecipients", "主送", MainRecipients);
        Required("signer", "签发人", Signer);
        Limited("copyTo", "抄送", CopyTo);
        Lines("praise", "通报表扬", Praise);
        Lines("criticism", "通报批评", Criticism);

        var both = townNames.Where(t => t.Length > 0 && Praise.Any(l => l.Contains(t, StringComparison.Ordinal))
                                                      && Criticism.Any(l => l.Contains(t, StringComparison.Ordinal)))
            .ToList();
        if (both.Count > 0)
        {
            Add("criticism", $"{string.Join("、", both)}不能同时受到通报表扬和通报批评，请从其中一栏删除。");
        }
        return problems;

        void Required(string field, string name, string value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(field, $"{name}不能为空。");
            }
            Limited(field, name, value);
        }

        void Limited(string field, string name, string value)
        {
            if (value is { Length: > MaxFieldLength })
            {
                Add(field, $"{name}不能超过 {MaxFieldLength} 字。");
            }
        }

        void Lines(string field, string name, IReadOnlyList<string> lines)
        {
            if (lines.Count > MaxLines)
            {
                Add(field, $"{name}不能超过 {MaxLines} 条。");
            }
            if (lines.Any(l => l.Length > MaxFieldLength * 2))
            {
                Add(field, $"{name}每条不能超过 {MaxFieldLength * 2} 字。");
            }
        }
    }

    /// <summary>Lines as typed in a text box: one per line, blank lines dropped.</summary>
    public static IReadOnlyList<string> SplitLines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>
    /// The 文号 the next bulletin suggests: the last one numbered on (源审服字〔2020〕7号 → 源审服字〔2020〕8号),
    /// from 1 in a new year; 源审服字〔year〕<paramref name="number"/>号 when none was issued before.
    /// </summary>
    public static string NextDocumentNumber(string? last, int year, int number)
    {
        if (string.IsNullOrWhiteSpace(last))
        {
            return $"源审服字〔{year}〕{number}号";
        }
        var m = NumberPattern().Match(last);
        if (!m.Success)
        {
            return last;
        }
        var next = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) == year
            ? int.Parse(m.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1
            : 1;
        return $"{last[..m.Index]}〔{year}〕{next}号{last[(m.Index + m.Length)..]}";
    }

    /// <summary>The reason for a 更正 or 撤回: required, at most <see cref="MaxReasonLength"/> characters; null when acceptable.</summary>
    public static string? ReasonProblem(string? reason, string action) =>
        string.IsNullOrWhiteSpace(reason) ? $"请填写{action}原因。"
        : reason.Length > MaxReasonLength ? $"{action}原因不能超过 {MaxReasonLength} 字。"
        : null;

    [GeneratedRegex(@"[〔\[［(（](?<year>\d{4})[〕\]］)）](?<number>\d{1,6})号")]
    private static partial Regex NumberPattern();
}
