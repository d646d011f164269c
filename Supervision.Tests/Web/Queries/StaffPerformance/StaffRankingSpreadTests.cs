using Supervision.Tests.Web.Export;
using Supervision.Web.Queries.StaffPerformance;

namespace Supervision.Tests.Web.Queries.StaffPerformance;

[Collection(JuneBulletin.Collection)]
public sealed class StaffRankingSpreadTests(SqliteJuneBulletin june)
{
    [Fact]
    public async Task A_simulated_month_spreads_the_staff_scores_with_no_more_than_five_percent_tied_at_any_score()
    {
        var ranking = await june.App.Services.GetRequiredService<StaffReader>().RankAsync(null, Period.Month(2020, 6), CancellationToken.None);

        var scores = ranking.Select(r => r.Figures.Score).ToList();
        Assert.True(scores.Count > 40, $"only {scores.Count} staff");
        Assert.All(scores, s => Assert.NotNull(s));
        var largestTie = scores.GroupBy(s => s).OrderByDescending(g => g.Count()).First();
        Assert.True(largestTie.Count() <= 0.05 * scores.Count,
            $"{largestTie.Count()} of {scores.Count} staff share the score {largestTie.Key}");
    }
}
