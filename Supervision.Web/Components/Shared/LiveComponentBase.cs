using Supervision.Web.Common;
using Supervision.Web.Components.Shared;
using Supervision.Web.Live;

namespace Supervision.Web.Components.Shared;

/// <summary>
/// Base for components that follow the live layer. It subscribes after the first render (so
/// prerendering opens no subscription), hops onto the circuit's dispatcher for each update, lets the
/// component reload in <see cref="OnLiveUpdateAsync"/>, re-renders, and unsubscribes on dispose.
/// Updates are already coalesced by <see cref="ILiveNotifier"/> (at most about two a second).
/// Reads that run through <see cref="TryReadAsync"/> (or report to <see cref="ReadSucceeded"/> and
/// <see cref="ReadFailed"/>) keep <see cref="ReadAt"/> and <see cref="ReadError"/> for <see cref="LiveStamp"/>:
/// a failed read leaves the last good data on screen with a Chinese message instead of ending the circuit.
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    private IDisposable? _subscription;
    private string? _subscribedTown;
    private bool _isDisposed;

    [Inject]
    private ILiveNotifier Notifier { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ILogger<LiveComponentBase> Logger { get; set; } = default!;

    /// <summary>When the data on screen was read (null until the first read succeeded).</summary>
    protected DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Why the latest read failed (Chinese, for the user), or null when it succeeded.</summary>
    protected string? ReadError { get; private set; }

    /// <summary>The town to follow, or null for the whole county. Re-read after every render.</summary>
    protected virtual string? LiveTown => null;

    /// <summary>Called on the circuit for each update before re-rendering: reload what is on screen here.</summary>
    protected virtual Task OnLiveUpdateAsync(LiveUpdate update) => Task.CompletedTask;

    /// <summary>
    /// Runs <paramref name="read"/>, which puts what it read on screen itself. A failure leaves the screen as
    /// it was and sets <see cref="ReadError"/>; cancellation because the component went away is no failure.
    /// </summary>
    /// <returns>Whether the read succeeded.</returns>
    protected async Task<bool> TryReadAsync(Func<Task> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            await read();
            ReadSucceeded();
            return true;
        }
        catch (OperationCanceledException) when (_isDisposed)
        {
            return false;
        }
        catch (Exception e)
        {
            ReadFailed(e);
            return false;
        }
    }

    /// <summary>Records that the data on screen was read just now.</summary>
    protected void ReadSucceeded() => (ReadAt, ReadError) = (Clock.GetUtcNow(), null);

    /// <summary>
    /// Logs a failed read and, unless a newer read has taken its place (<paramref name="superseded"/>),
    /// says on screen that the data shown is older.
    /// </summary>
    protected void ReadFailed(Exception exception, bool superseded = false)
    {
        Logger.LogError(exception, "{Component} could not read its data", GetType().Name);
        if (!superseded)
        {
            ReadError = ReadAt is { } at
                ? $"数据读取失败，页面仍显示 {ZhFormat.LongTime(at)} 读取的数据；有新数据时将自动重试。"
                : "数据读取失败，请稍后刷新页面重试。";
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        await base.OnAfterRenderAsync(firstRender);
        if (firstRender || (_subscription is not null && _subscribedTown != LiveTown))
        {
            _subscription?.Dispose();
            _subscribedTown = LiveTown;
            _subscription = Notifier.Subscribe(_subscribedTown, update => InvokeAsync(async () =>
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
            _isDisposed = true;
            _subscription?.Dispose();
            _subscription = null;
        }
    }
}
