namespace Supervision.Tests.Web.Components.Shared;

public sealed class CaseLinksTests
{
    [Fact]
    public void County_figure_of_a_month_links_to_the_cases_accepted_in_it() =>
        Assert.Equal("/cases?status=Accepted&period=2020-10", CaseLinks.Accepted(null, Period.Month(2020, 10)));

    [Fact]
    public void Hall_figure_links_with_town_item_status_and_period() =>
        Assert.Equal("/cases?town=370323001&item=RS-002&status=Late&period=2020-W41",
            CaseLinks.For("370323001", Period.WeekOf(new DateOnly(2020, 10, 9)), CaseStatusFilter.Late, item: "RS-002"));

    [Fact]
    public void Open_cards_link_without_a_period() =>
        Assert.Equal("/cases?town=370323001&card=Red", CaseLinks.Cards("370323001", CardColour.Red));

    [Fact]
    public void Unknown_filter_words_in_an_address_mean_no_filter() =>
        Assert.Equal(CaseStatusFilter.Any, CaseLinks.Parse("Deleted", CaseStatusFilter.Any));
}
