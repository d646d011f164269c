namespace Supervision.Web.Data.Changes;

/// <summary>
/// What a committed batch changed: the towns and subjects whose projections were rewritten, the
/// (town, day) rollup keys that may have moved (null when not known: treat every day of the towns as changed),
/// and the records as committed (null when not at hand, e.g. another node's commit: read them).
/// </summary>
public sealed record IngestionCommitted(
    IReadOnlySet<string> Towns,
    IReadOnlySet<string> Subjects,
    int Stored,
    DateTimeOffset CommittedAt,
    IReadOnlySet<(string Town, DateOnly Day)>? Days = null,
    RecordSet? Records = null);

/// <summary>
/// In-process signal raised after each commit that stored something, so the live layer can refresh
/// only what changed. Handlers run on the ingesting thread: keep them short and never throw.
/// </summary>
public interface IIngestionNotifications
{
    event Action<IngestionCommitted>? Committed;
}

internal sealed class IngestionNotifications(ILogger<IngestionNotifications> logger) : IIngestionNotifications
{
    public event Action<IngestionCommitted>? Committed;

    public void Publish(IngestionCommitted change)
    {
        var handlers = Committed;
        if (handlers is null)
        {
            return;
        }

        // One failing subscriber must neither fail an ingest that is already committed nor starve the others.
        foreach (var handler in handlers.GetInvocationList().Cast<Action<IngestionCommitted>>())
        {
            try
            {
                handler(change);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Ingestion notification handler failed");
            }
        }
    }
}
