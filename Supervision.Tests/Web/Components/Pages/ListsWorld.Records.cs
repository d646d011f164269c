using Supervision.Domain.Events;

namespace Supervision.Tests.Web.Components.Pages;

public abstract partial class ListsWorld
{
    /// <summary>A moment of 2020 in China time.</summary>
    protected static DateTimeOffset Local(int month, int day, int hour) => new(2020, month, day, hour, 0, 0, WorkingCalendar.ChinaOffset);

    /// <summary>A hotline complaint filed at <paramref name="filed"/>: response due a day later, resolution a week later.</summary>
    protected static ComplaintRecord Complaint(string town, string id, DateTimeOffset filed, ComplaintCategory? category) => new()
    {
        Town = town,
        ComplaintId = id,
        Category = category,
        Channel = ComplaintChannel.Hotline,
        FiledAt = filed,
        FiledDay = DateOnly.FromDateTime(filed.DateTime),
        RespondDue = filed.AddDays(1),
        ResolveDue = filed.AddDays(7),
    };
}
