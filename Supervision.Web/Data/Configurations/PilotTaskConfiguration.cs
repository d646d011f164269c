using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Data.Configurations;

internal sealed class PilotTaskConfiguration : IEntityTypeConfiguration<PilotTask>
{
    public void Configure(EntityTypeBuilder<PilotTask> builder)
    {
        builder.ToTable("PilotTasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedOnAdd();
        builder.Property(t => t.TownCode).HasMaxLength(ColumnLengths.TownCode);
        builder.Property(t => t.Key).HasMaxLength(ColumnLengths.Key);
        builder.Property(t => t.Name).HasMaxLength(ColumnLengths.LongName);
        builder.Property(t => t.Note).HasMaxLength(ColumnLengths.Note);
        builder.HasIndex(t => new { t.TownCode, t.Key }).IsUnique();

        builder.HasOne<Town>().WithMany().HasForeignKey(t => t.TownCode).OnDelete(DeleteBehavior.Restrict);
    }
}
