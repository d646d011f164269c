namespace Supervision.Web.Data.Entities;

/// <summary>
/// An evidence file of an order's answer, kept in the database (table OrderEvidence): never written
/// to a path anyone chose, served only as an attachment of its checked type.
/// </summary>
public sealed class OrderEvidence
{
    public long Id { get; set; }
    public long OrderId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }

    /// <summary>SHA-256 of <see cref="Content"/>, hex: lets an auditor match a downloaded copy.</summary>
    public required string Sha256 { get; set; }

    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public byte[] Content { get; set; } = [];
}
