using Supervision.Web.Queries.Reference;

namespace Supervision.Web.Management;

/// <summary>The read side caches the hall item history for coverage; a stationing change must show at once.</summary>
public sealed class ReadReferenceCacheListener(ReadReferenceCache cache) : IReferenceDataListener
{
    public void ReferenceDataChanged() => cache.Invalidate();
}
