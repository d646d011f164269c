namespace Supervision.Web.Queries.ProcessingTimes;

/// <summary>办理时效: figure 5 per hall, per department (部门 of the item) and per item, over the cases completed in a period.</summary>
public interface IProcessingTimes
{
    /// <summary>The report of <paramref name="town"/> (null: every hall) for the cases completed in <paramref name="period"/>.</summary>
    Task<ProcessingReport> GetAsync(string? town, Period period, CancellationToken cancellationToken);
}

/// <summary>Figure 5 of one hall or department.</summary>
public sealed record ProcessingRow(string Code, string Name, ProcessingFigures Figures);

/// <summary>Figure 5 of one item, with its department and promised days (承诺时限).</summary>
public sealed record ItemProcessingRow(string Code, string Name, string Department, int? PromisedDays, ProcessingFigures Figures);

/// <summary>办理时效 of a scope and period.</summary>
public sealed record ProcessingReport(
    Period Period, ProcessingFigures Total, IReadOnlyList<ProcessingRow> Halls, IReadOnlyList<ProcessingRow> Departments, IReadOnlyList<ItemProcessingRow> Items)
{
    public const int SlowestCount = 10;

    /// <summary>Cases whose item is not in the catalogue: no name, no department.</summary>
    public const string UnknownItem = "（事项不明）";

    /// <summary>The items slowest against their promise: used ÷ promised, highest first (items without a promise are left out).</summary>
    public IReadOnlyList<ItemProcessingRow> Slowest { get; } = Items
        .Where(i => i.Figures.UsedOverPromised is not null)
        .OrderByDescending(i => i.Figures.UsedOverPromised).ThenBy(i => i.Code, StringComparer.Ordinal)
        .Take(SlowestCount).ToList();

    public bool IsEmpty => Total.Completed == 0;
}
