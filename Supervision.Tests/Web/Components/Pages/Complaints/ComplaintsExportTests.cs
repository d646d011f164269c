using Supervision.Domain.Events;
using Supervision.Web.Components.Pages.Complaints;

namespace Supervision.Tests.Web.Components.Pages.Complaints;

public sealed class ComplaintsExportTests : ListsWorld
{
    [Fact]
    public async Task The_complaints_export_holds_exactly_the_rows_and_columns_on_screen()
    {
        var responded = Complaint(Nanma, "T-2", Local(10, 13, 9), ComplaintCategory.MultipleTrips);
        responded.RespondedAt = Local(10, 13, 15);
        responded.CaseId = "C-9";
        var resolved = Complaint(Nanma, "T-3", Local(10, 5, 9), null);
        (resolved.RespondedAt, resolved.ResolvedAt, resolved.Substantiated) = (Local(10, 5, 10), Local(10, 9, 10), true);
        await SeedAsync(db => db.AddRange(
            Complaint(Nanma, "T-1", Local(10, 14, 9), ComplaintCategory.MultipleTrips), responded, resolved,
            Complaint(Nanma, "T-4", Local(9, 28, 9), ComplaintCategory.MultipleTrips),
            Complaint(Lishan, "T-5", Local(10, 14, 9), ComplaintCategory.MultipleTrips)));
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo($"/complaints?period=2020-10&scope=town:{Nanma}");
        var cut = RenderPage<ComplaintsPage>();
        WaitFor(cut, () => Assert.Equal(4, cut.FindAll(".complaint-card").Count));

        var href = ExportHref(cut);
        var exported = await ExportedAsync(href);

        Assert.Contains($"town={Nanma}", href, StringComparison.Ordinal);
        Assert.Equal(ShownBoard(cut, ComplaintBoardColumns.All.Select(c => c.Header).ToList()), exported);
        Assert.Contains(exported, r => r[3] == "T-2" && r[7] == "办结期限" && r[5] == "C-9");
    }
}
