using Supervision.Domain.Figures;
using static Supervision.Tests.Domain.Figures.OctoberFigures;

namespace Supervision.Tests.Domain.Figures;

public class StaffFigureTests
{
    private static FigureSet S1() => new FigureCalculator().Calculate(Scope.Staff("S1"), October, Sources);

    [Fact]
    public void Staff_figures_count_their_acceptances_tickets_and_reviews()
    {
        var f = S1();

        Assert.Equal(2, f.Accepted);
        Assert.Equal(2, f.TicketsServed);
        Assert.Equal(750.0m, f.MeanServiceSeconds);
        Assert.Equal(Ratio.Of(2, 3), f.GoodReviewRate);
        Assert.Equal(1, f.NegativeReviews);
    }

    [Fact]
    public void Attendance_counts_late_as_attended_and_leaves_leave_out_of_the_scheduled_days()
    {
        var f = S1();

        Assert.Equal(Ratio.Of(2, 3), f.AttendanceRate);
        Assert.Equal(1, f.DaysLate);
    }

    [Fact]
    public void Hall_attendance_adds_up_every_staff_members_days()
    {
        var f = HallA();

        Assert.Equal(Ratio.Of(4, 5), f.AttendanceRate);
        Assert.Equal(3, f.TicketsServed);
        Assert.Equal(700.0m, f.MeanServiceSeconds);
    }

    [Fact]
    public void Staff_score_weights_good_reviews_and_attendance()
    {
        // 100 × (0.6 × 2/3 + 0.4 × 2/3) = 66.7
        Assert.Equal(66.7m, S1().Score);
    }

    [Fact]
    public void Staff_score_with_custom_weights_uses_them()
    {
        // Good reviews only: S1 2 of 3 → 66.7; S2 1 of 1 (R4, level 3) → 100.0.
        var calculator = new FigureCalculator(staffWeights: new StaffScoreWeights { GoodReview = 1.0m, Attendance = 0m });

        Assert.Equal(66.7m, calculator.Calculate(Scope.Staff("S1"), October, Sources).Score);
        Assert.Equal(100.0m, calculator.Calculate(Scope.Staff("S2"), October, Sources).Score);
    }
}
