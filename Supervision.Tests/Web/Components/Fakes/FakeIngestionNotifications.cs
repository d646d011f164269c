namespace Supervision.Tests.Web.Components.Fakes;

/// <summary>Commits a test announces, as ingestion does after storing a batch.</summary>
internal sealed class FakeIngestionNotifications : IIngestionNotifications
{
    public event Action<IngestionCommitted>? Committed;

    public void Commit(IReadOnlySet<string> towns, DateTimeOffset at) =>
        Committed?.Invoke(new IngestionCommitted(towns, new HashSet<string>(StringComparer.Ordinal), 1, at));
}
