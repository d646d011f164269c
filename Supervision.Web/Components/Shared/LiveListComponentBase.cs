using Supervision.Web.Live;

namespace Supervision.Web.Components.Shared;

/// <summary>
/// Base for the list pages (办件, 好差评, 投诉, 人员, 事项): when a commit changes the figures of a town
/// the page shows, it re-reads its current query (filters, sort, page and page size stay as the reader
/// left them). Every read goes through <see cref="ShowAsync{TView}"/>: the newest read wins, and a failed
/// read keeps the last good data on screen with the base's Chinese message instead of breaking the circuit.
/// Bursts are already merged by <see cref="ILiveNotifier"/>, so this adds no coalescing of its own.
/// </summary>
public abstract class LiveListComponentBase : LiveComponentBase
{
    private readonly CancellationTokenSource _disposed = new();
    private CancellationTokenSource? _current;
    private int _generation;

    /// <summary>The town whose rows the page shows, or null for every town of the county.</summary>
    protected abstract string? ShownTown { get; }

    /// <summary>Re-reads the page's current query and shows it (through <see cref="ShowAsync{TView}"/>).</summary>
    protected abstract Task RefreshAsync();

    // Follows only the shown town; the base re-subscribes when the reader picks another.
    protected sealed override string? LiveTown => ShownTown;

    protected sealed override async Task OnLiveUpdateAsync(LiveUpdate update)
    {
        var changed = ShownTown is { } town ? update.FiguresChanged.Contains(town) : update.FiguresChanged.Count > 0;
        if (changed && !_disposed.IsCancellationRequested)
        {
            await RefreshAsync();
        }
    }

    /// <summary>
    /// Reads with <paramref name="read"/> and, unless a newer read started meanwhile, hands the result to
    /// <paramref name="show"/>. A failure leaves what is on screen and sets <see cref="ReadError"/>.
    /// </summary>
    /// <returns>Whether <paramref name="show"/> ran.</returns>
    protected async Task<bool> ShowAsync<TView>(Func<CancellationToken, Task<TView>> read, Action<TView> show, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(show);
        if (_disposed.IsCancellationRequested)
        {
            return false;
        }
        var mine = ++_generation;
        // A newer read makes the older one pointless: cancel it rather than let it finish.
        _current?.Cancel();
        using var source = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token, cancellationToken);
        _current = source;
        try
        {
            var view = await read(source.Token);
            if (mine != _generation)
            {
                return false;
            }
            show(view);
            ReadSucceeded();
            return true;
        }
        catch (OperationCanceledException) when (source.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e)
        {
            ReadFailed(e, superseded: mine != _generation);
            return false;
        }
        finally
        {
            if (ReferenceEquals(_current, source))
            {
                _current = null;
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_disposed.IsCancellationRequested)
        {
            _disposed.Cancel();
            _disposed.Dispose();
        }
    }
}
