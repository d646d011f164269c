using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Data.Configurations;

internal sealed class SettingsRevisionConfiguration : IEntityTypeConfiguration<SettingsRevision>
{
    public void Configure(EntityTypeBuilder<SettingsRevision> builder)
    {
        builder.ToTable("SettingsRevisions");
        builder.HasKey(r => r.Revision);
        // Numbered by the writer (latest + 1), so a concurrent save collides on the key instead of interleaving.
        builder.Property(r => r.Revision).ValueGeneratedNever();
        builder.Property(r => r.ChangedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.Note).HasMaxLength(ColumnLengths.Note);
    }
}
