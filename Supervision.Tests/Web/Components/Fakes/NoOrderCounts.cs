namespace Supervision.Tests.Web.Components.Fakes;

/// <summary>A county with no 督办单: the badge and the order panel show nothing waiting.</summary>
internal sealed class NoOrderCounts : IOrderCounts
{
    public Task<int> WaitingOnTownAsync(string town, CancellationToken cancellationToken) => Task.FromResult(0);

    public Task<IReadOnlyList<OrderFigures>> FiguresAsync(Period period, string? town, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OrderFigures>>([]);
}
