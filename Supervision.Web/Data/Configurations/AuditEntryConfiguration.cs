using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Actor).HasMaxLength(ColumnLengths.Name);
        builder.Property(e => e.Action).HasMaxLength(ColumnLengths.Key);
        builder.Property(e => e.Target).HasMaxLength(ColumnLengths.LongName);
        builder.Property(e => e.Ip).HasMaxLength(64);
        // The admin page searches by period, user and action; newest first.
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Actor, e.At });
        builder.HasIndex(e => new { e.Action, e.At });
    }
}
