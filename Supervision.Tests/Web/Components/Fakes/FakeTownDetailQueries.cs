using Supervision.Domain.Reference;

namespace Supervision.Tests.Web.Components.Fakes;

internal sealed class FakeTownDetailQueries : ITownDetailQueries
{
    public HallFloor Floor { get; set; } = new(DateTimeOffset.UnixEpoch, 0, [], [], []);

    public IReadOnlyList<ReviewLine> Reviews { get; set; } = [];

    public IReadOnlyList<ComplaintLine> Complaints { get; set; } = [];

    public IReadOnlyList<Staff> Staff { get; set; } = [];

    public Task<HallFloor> GetFloorAsync(string town, CancellationToken cancellationToken) => Task.FromResult(Floor);

    public Task<IReadOnlyList<ReviewLine>> RecentReviewsAsync(string town, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReviewLine>>(Reviews.Take(count).ToList());

    public Task<IReadOnlyList<ComplaintLine>> RecentComplaintsAsync(string town, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ComplaintLine>>(Complaints.Take(count).ToList());

    public Task<IReadOnlyList<Staff>> StaffAsync(string town, CancellationToken cancellationToken) => Task.FromResult(Staff);

    public IReadOnlyDictionary<string, string> ItemNames { get; set; } = new Dictionary<string, string> { ["RS-002"] = "城乡居民养老保险待遇申领" };

    public Task<IReadOnlyDictionary<string, string>> ItemNamesAsync(CancellationToken cancellationToken) => Task.FromResult(ItemNames);
}
