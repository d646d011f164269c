using static Supervision.Tests.Domain.Activity.ActivityFixture;

namespace Supervision.Tests.Domain.Activity;

public class CaseCardsTests
{
    // Accepted Thu 09-03 09:00 with 3 working days: due Tue 09-08 17:30.
    private static readonly CaseRecord Open = CaseFold.Fold([Accepted("e1", "C7", "2020-09-03 09:00", item: ThreeDays)], Context);

    [Fact]
    public void Case_with_more_than_one_working_day_left_has_no_card()
    {
        Assert.Equal(CardColour.None, CaseCards.ColourAt(Open, At("2020-09-07 17:00"), Autumn2020));
    }

    [Fact]
    public void Case_with_exactly_one_working_day_left_gets_a_yellow_card()
    {
        Assert.Equal(CardColour.Yellow, CaseCards.ColourAt(Open, At("2020-09-07 17:30"), Autumn2020));
    }

    [Fact]
    public void Case_past_its_deadline_gets_a_red_card()
    {
        Assert.Equal(CardColour.Red, CaseCards.ColourAt(Open, At("2020-09-08 17:31"), Autumn2020));
    }

    [Fact]
    public void Completed_case_carries_no_card_even_when_it_was_late()
    {
        var completed = CaseFold.Fold(
            [Accepted("e1", "C7", "2020-09-03 09:00", item: ThreeDays), Completed("e2", "C7", "2020-09-10 09:00")], Context);

        Assert.Equal(CardColour.None, CaseCards.ColourAt(completed, At("2020-09-10 10:00"), Autumn2020));
    }

    [Fact]
    public void Open_pause_freezes_the_remaining_time()
    {
        var paused = CaseFold.Fold(
            [Accepted("e1", "C7", "2020-09-03 09:00", item: ThreeDays), Paused("e2", "C7", "2020-09-07 17:00")], Context);

        Assert.Equal(CardColour.None, CaseCards.ColourAt(paused, At("2020-09-15 10:00"), Autumn2020));
    }

    [Theory]
    [InlineData(CardColour.None, CardColour.Yellow, CardChange.RaisedYellow)]
    [InlineData(CardColour.Yellow, CardColour.Red, CardChange.RaisedRed)]
    [InlineData(CardColour.None, CardColour.Red, CardChange.RaisedRed)]
    [InlineData(CardColour.Red, CardColour.None, CardChange.Cleared)]
    [InlineData(CardColour.Red, CardColour.Yellow, CardChange.Lowered)]
    [InlineData(CardColour.Yellow, CardColour.Yellow, CardChange.None)]
    public void Transition_names_the_change_between_two_colours(CardColour previous, CardColour current, CardChange expected)
    {
        Assert.Equal(expected, CaseCards.Transition(previous, current));
    }
}
