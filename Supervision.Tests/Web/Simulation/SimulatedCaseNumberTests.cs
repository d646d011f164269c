using Supervision.Domain.Events;
using static Supervision.Tests.Web.Simulation.SeedReference;

namespace Supervision.Tests.Web.Simulation;

/// <summary>Case and complaint numbers of the simulated county over a month: each belongs to one hall only.</summary>
public sealed class SimulatedCaseNumberTests
{
    private static readonly IReadOnlyList<HallEvent> October = Simulator().Generate(Local(2020, 10, 1), Local(2020, 11, 1));

    [Fact]
    public void No_two_halls_of_the_county_give_a_case_the_same_number_in_a_simulated_month()
    {
        var halls = October.OfType<CaseEvent>().GroupBy(e => e.Case).ToDictionary(g => g.Key, g => g.Select(e => e.Town).Distinct().ToList());

        Assert.True(halls.Count > 1_000, $"十月只有 {halls.Count} 个办件编号");
        Assert.Empty(halls.Where(h => h.Value.Count > 1).Select(h => $"{h.Key}: {string.Join("、", h.Value)}"));
        Assert.Equal(Set.Towns.Count, halls.Values.Select(towns => towns[0]).Distinct().Count());
    }

    [Fact]
    public void No_two_halls_give_a_complaint_or_a_review_the_same_number()
    {
        var complaints = October.OfType<ComplaintFiled>().GroupBy(e => e.Complaint).Where(g => g.Select(e => e.Town).Distinct().Count() > 1);
        var reviews = October.OfType<ReviewSubmitted>().GroupBy(e => e.Review).Where(g => g.Select(e => e.Town).Distinct().Count() > 1);

        Assert.NotEmpty(October.OfType<ComplaintFiled>());
        Assert.Empty(complaints.Select(g => g.Key));
        Assert.Empty(reviews.Select(g => g.Key));
    }
}
