namespace Supervision.Tests.Web.Components.Fakes;

/// <summary>Trends a test decides; by default twelve weeks without any activity.</summary>
internal sealed class FakeTrendQueries : ITrendQueries
{
    public List<(string? Town, TrendSpan Span)> Asked { get; } = [];

    public Func<string?, TrendSpan, TrendView> View { get; set; } = (town, span) => Empty(span);

    public Task<TrendView> GetAsync(string? town, TrendSpan span, CancellationToken cancellationToken)
    {
        Asked.Add((town, span));
        return Task.FromResult(View(town, span));
    }

    /// <summary>The periods seen on Monday 2020-10-12, with one line of nothing.</summary>
    public static TrendView Empty(TrendSpan span)
    {
        var periods = span == TrendSpan.Weeks
            ? TrendBuckets.Weeks(new DateOnly(2020, 10, 12), TrendBuckets.WeekCount)
            : Enumerable.Range(0, TrendBuckets.WorkingDayCount).Select(i => Period.Day(new DateOnly(2020, 8, 25).AddDays(i))).ToList();
        return new TrendView(span, periods, [Line("全县", periods, _ => Ratio.Empty)]);
    }

    /// <summary>A line whose every figure is <paramref name="share"/> of the period, with 10 accepted and completed each.</summary>
    public static TrendLine Line(string name, IReadOnlyList<Period> periods, Func<int, Ratio> share) =>
        new(name, periods.Select((p, i) => new TrendPoint(p, share(i).HasValue ? 10 : 0, share(i).HasValue ? 10 : 0, share(i), share(i), share(i), share(i))).ToList());
}
