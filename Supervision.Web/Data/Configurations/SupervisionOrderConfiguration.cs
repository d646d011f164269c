using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Data.Configurations;

internal sealed class SupervisionOrderConfiguration : IEntityTypeConfiguration<SupervisionOrder>
{
    public void Configure(EntityTypeBuilder<SupervisionOrder> builder)
    {
        builder.ToTable("SupervisionOrders");
        builder.HasKey(o => o.Id);
        // Two inspectors racing for the same number: the second insert fails and retries with the next one.
        builder.HasIndex(o => new { o.Year, o.Number }).IsUnique();
        builder.HasIndex(o => new { o.Town, o.State });
        builder.HasIndex(o => o.Subject);
        builder.Property(o => o.Town).HasMaxLength(ColumnLengths.TownCode);
        builder.Property(o => o.Subject).HasMaxLength(ColumnLengths.Key * 2);
        builder.Property(o => o.Problem).HasMaxLength(ColumnLengths.Note);
        builder.Property(o => o.Requirement).HasMaxLength(ColumnLengths.Note);
        builder.Property(o => o.Measures).HasMaxLength(ColumnLengths.Note);
        builder.Property(o => o.ReturnReason).HasMaxLength(ColumnLengths.Note);
        builder.Property(o => o.RaisedBy).HasMaxLength(256);
        builder.Property(o => o.SignedBy).HasMaxLength(256);
        builder.Property(o => o.AnsweredBy).HasMaxLength(256);
        builder.Property(o => o.ClosedBy).HasMaxLength(256);
        builder.Ignore(o => o.Label);
        builder.Ignore(o => o.AwaitsTown);
        builder.Ignore(o => o.ClosedOnTime);
    }
}

internal sealed class OrderEvidenceConfiguration : IEntityTypeConfiguration<OrderEvidence>
{
    public void Configure(EntityTypeBuilder<OrderEvidence> builder)
    {
        builder.ToTable("OrderEvidence");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.OrderId);
        builder.HasOne<SupervisionOrder>().WithMany().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.FileName).HasMaxLength(EvidenceRules.MaxNameLength + 10);
        builder.Property(e => e.ContentType).HasMaxLength(120);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        builder.Property(e => e.UploadedBy).HasMaxLength(256);
    }
}
