using Microsoft.AspNetCore.Components;

namespace Supervision.Web.Live;

/// <summary>
/// Base for components that follow the live layer. It subscribes after the first render (so
/// prerendering opens no subscription), hops onto the circuit's dispatcher for each update, lets the
/// component reload in <see cref="OnLiveUpdateAsync"/>, re-renders, and unsubscribes on dispose.
/// Updates are already coalesced by <see cref="ILiveNotifier"/> (at most about two a second).
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    private IDisposable? subscription;
    private string? subscribedTown;

    [Inject]
    private ILiveNotifier Notifier { get; set; } = default!;

    /// <summary>The town to follow, or null for the whole county. Re-read after every render.</summary>
    protected virtual string? LiveTown => null;

    /// <summary>Called on the circuit for each update before re-rendering: reload what is on screen here.</summary>
    protected virtual Task OnLiveUpdateAsync(LiveUpdate update) => Task.CompletedTask;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        await base.OnAfterRenderAsync(firstRender);
        if (firstRender || (subscription is not null && subscribedTown != LiveTown))
        {
            subscription?.Dispose();
            subscribedTown = LiveTown;
            subscription = Notifier.Subscribe(subscribedTown, update => InvokeAsync(async () =>
            {
                await OnLiveUpdateAsync(update);
                StateHasChanged();
            }));
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            subscription?.Dispose();
            subscription = null;
        }
    }
}
