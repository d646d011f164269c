namespace Supervision.Tests.Web.Components.Pages.Towns;

public sealed class PeriodCardsTests
{
    private const string Nanma = "370323001";
    private static readonly Period Week41 = Period.Week(2020, 41);

    private static FigureSet Set(Scope scope, Period period, int accepted, int completed, Ratio onTime, int late) => new()
    {
        Scope = scope, Period = period, Accepted = accepted, Completed = completed, OnTimeRate = onTime, CompletedLate = late,
    };

    private static Kpi Card(IReadOnlyList<Kpi> cards, FigureKey key) => cards.Single(c => c.Figure == key);

    private static string Change(Kpi card, string against) => card.Changes.Single(c => c.Against == against).Change.Text;

    [Fact]
    public void Counts_change_against_last_week_and_against_the_county_average_per_hall()
    {
        var figures = new PeriodFigures(Nanma,
            Set(Scope.Town(Nanma), Week41, 30, 20, Ratio.Of(14, 20), 6),
            Set(Scope.Town(Nanma), Period.Week(2020, 40), 25, 22, Ratio.Of(21, 22), 1),
            Set(Scope.County, Week41, 240, 200, Ratio.Of(190, 200), 10), HallCount: 12);

        var cards = PeriodCards.Build(figures, new FigureTargets());

        Assert.Equal("▲ 5 件", Change(Card(cards, FigureKey.Accepted), PeriodCards.AgainstPrevious));
        Assert.Equal("▲ 10 件", Change(Card(cards, FigureKey.Accepted), PeriodCards.AgainstCountyAverage));
        Assert.Equal("▲ 5 件", Change(Card(cards, FigureKey.CompletedLate), PeriodCards.AgainstPrevious));
        Assert.Contains("change-worse", Card(cards, FigureKey.CompletedLate).Changes[0].CssClass);
        Assert.Equal("▼ 25.5 个百分点", Change(Card(cards, FigureKey.OnTimeRate), PeriodCards.AgainstPrevious));
        Assert.Equal("▼ 25 个百分点", Change(Card(cards, FigureKey.OnTimeRate), PeriodCards.AgainstCounty));
    }

    [Fact]
    public void After_an_empty_week_every_change_against_it_is_a_dash()
    {
        var figures = new PeriodFigures(Nanma,
            Set(Scope.Town(Nanma), Week41, 30, 20, Ratio.Of(14, 20), 6),
            Set(Scope.Town(Nanma), Period.Week(2020, 40), 0, 0, Ratio.Empty, 0),
            Set(Scope.County, Week41, 240, 200, Ratio.Of(190, 200), 10), HallCount: 12);

        var cards = PeriodCards.Build(figures, new FigureTargets());

        Assert.All(cards, card => Assert.Equal("—", Change(card, PeriodCards.AgainstPrevious)));
    }

    [Fact]
    public void Each_linked_card_says_how_many_rows_its_list_holds()
    {
        var figures = new PeriodFigures(Nanma,
            Set(Scope.Town(Nanma), Week41, 30, 20, Ratio.Of(14, 20), 6) with { OneTripRate = Ratio.Of(17, 20) },
            Set(Scope.Town(Nanma), Period.Week(2020, 40), 0, 0, Ratio.Empty, 0),
            Set(Scope.County, Week41, 240, 200, Ratio.Of(190, 200), 10), HallCount: 12);

        var linked = PeriodCards.Build(figures, new FigureTargets()).Where(c => c.Href is not null)
            .ToDictionary(c => c.Figure, c => (c.Href, c.LinkCount));

        Assert.Equal(("/cases?town=370323001&status=Accepted&period=2020-W41", (int?)30), linked[FigureKey.Accepted]);
        Assert.Equal(("/cases?town=370323001&status=Completed&period=2020-W41", (int?)20), linked[FigureKey.Completed]);
        Assert.Equal(("/cases?town=370323001&status=OnTime&period=2020-W41", (int?)14), linked[FigureKey.OnTimeRate]);
        Assert.Equal(("/cases?town=370323001&status=Late&period=2020-W41", (int?)6), linked[FigureKey.CompletedLate]);
        Assert.Equal(("/cases?town=370323001&status=OneTrip&period=2020-W41", (int?)17), linked[FigureKey.OneTripRate]);
    }
}
