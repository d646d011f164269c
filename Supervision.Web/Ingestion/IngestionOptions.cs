namespace Supervision.Web.Ingestion;

/// <summary>Configuration section <c>Ingestion</c>.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Largest accepted request body of POST /api/v1/events.</summary>
    public long MaxBodyBytes { get; set; } = 16 * 1024 * 1024;
}
