namespace Supervision.Web.Live;

/// <summary>Methods the server calls on clients of <c>/hubs/live</c>.</summary>
public interface ILiveClient
{
    Task HallUpdated(HallLiveMessage hall);

    Task FiguresChanged(FiguresChangedMessage change);

    Task Alert(AlertMessage alert);
}

/// <summary>A hall now: queue, windows, open cards and today's counts.</summary>
public sealed record HallLiveMessage(
    string Town,
    int WaitingNow,
    long? LongestCurrentWaitSeconds,
    int WindowsServingNow,
    int OpenRedCards,
    int OpenYellowCards,
    int TicketsIssuedToday,
    int AcceptedToday,
    int CompletedToday,
    DateTimeOffset AsOf)
{
    public static HallLiveMessage From(HallNow hall)
    {
        ArgumentNullException.ThrowIfNull(hall);
        var live = hall.Live;
        return new(hall.Town, live.WaitingNow, live.LongestCurrentWaitSeconds, live.WindowsServingNow,
            live.OpenRedCards, live.OpenYellowCards, hall.TicketsIssuedToday, hall.AcceptedToday, hall.CompletedToday, hall.AsOf);
    }
}

/// <summary>The period figures of these towns changed: re-query <c>/api/v1/figures</c> if they are on screen.</summary>
public sealed record FiguresChangedMessage(IReadOnlyList<string> Towns, DateTimeOffset At);

/// <summary>An alert (<see cref="Supervision.Domain.Figures.Alert"/>); <see cref="Key"/> is stable for de-duplication.</summary>
public sealed record AlertMessage(
    string Key,
    string Kind,
    string KindName,
    string Town,
    string Subject,
    string? Item,
    DateTimeOffset? Deadline,
    DateTimeOffset At,
    string Message)
{
    public static AlertMessage From(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new(alert.Key, alert.Kind.ToString(), alert.KindName, alert.Town, alert.Subject, alert.Item, alert.Deadline, alert.At, alert.Message);
    }
}
