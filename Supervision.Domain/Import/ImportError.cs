namespace Supervision.Domain.Import;

/// <summary>
/// One reason a file was rejected. <see cref="Row"/> is the spreadsheet row (header = 1; 0 = the file
/// as a whole), <see cref="Column"/> the header of the offending column when there is one, and
/// <see cref="Reason"/> the problem in Simplified Chinese.
/// </summary>
public sealed record ImportError(int Row, string? Column, string Reason)
{
    public override string ToString()
    {
        var where = Row == 0 ? "文件" : string.Create(CultureInfo.InvariantCulture, $"第 {Row} 行");
        return Column is null ? $"{where}：{Reason}" : $"{where}“{Column}”列：{Reason}";
    }
}

/// <summary>Collects the problems of a whole file, in row order, so the user can fix them all at once.</summary>
internal sealed class ImportErrors
{
    private readonly List<ImportError> _errors = [];

    public int Count => _errors.Count;

    public void Add(int row, string? column, string reason) => _errors.Add(new ImportError(row, column, reason));

    public IReadOnlyList<ImportError> Sorted() =>
        _errors.OrderBy(e => e.Row).ToList();
}
