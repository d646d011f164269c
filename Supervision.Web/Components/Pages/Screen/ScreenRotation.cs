namespace Supervision.Web.Components.Pages.Screen;

/// <summary>
/// Which slide the big screen shows: slide 0 is the county, then each hall in turn, advancing every
/// interval on a <see cref="TimeProvider"/> timer (a fake one in tests) and wrapping round.
/// </summary>
public sealed class ScreenRotation(TimeProvider time, TimeSpan interval, Action advanced) : IDisposable
{
    public const int DefaultSeconds = 15;
    public const int MinSeconds = 5;
    public const int MaxSeconds = 3600;

    private ITimer? _timer;
    private int _index;

    public TimeSpan Interval { get; } = interval;

    /// <summary>County plus halls; the index wraps at this count.</summary>
    public int SlideCount { get; set; } = 1;

    public int Index => Volatile.Read(ref _index);

    /// <summary>The interval from <c>?rotate=N</c> seconds, kept within bounds so a typo cannot freeze or flicker the screen.</summary>
    public static TimeSpan IntervalFrom(int? seconds) =>
        TimeSpan.FromSeconds(Math.Clamp(seconds ?? DefaultSeconds, MinSeconds, MaxSeconds));

    public void Start() => _timer ??= time.CreateTimer(_ => Advance(), null, Interval, Interval);

    public void Advance()
    {
        int current, next;
        do
        {
            current = Volatile.Read(ref _index);
            next = SlideCount <= 1 ? 0 : (current + 1) % SlideCount;
        }
        while (Interlocked.CompareExchange(ref _index, next, current) != current);
        advanced();
    }

    public void Dispose() => _timer?.Dispose();
}
