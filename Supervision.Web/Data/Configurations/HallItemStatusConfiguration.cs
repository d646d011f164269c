using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Data.Configurations;

internal sealed class HallItemStatusConfiguration : IEntityTypeConfiguration<HallItemStatus>
{
    public void Configure(EntityTypeBuilder<HallItemStatus> builder)
    {
        builder.ToTable("HallItemStatuses");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedOnAdd();
        builder.Property(s => s.TownCode).HasMaxLength(ColumnLengths.TownCode);
        builder.Property(s => s.ItemCode).HasMaxLength(ColumnLengths.ItemCode);
        builder.HasIndex(s => new { s.TownCode, s.ItemCode, s.EffectiveFrom }).IsUnique();

        builder.HasOne<Town>().WithMany().HasForeignKey(s => s.TownCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceItem>().WithMany().HasForeignKey(s => s.ItemCode).OnDelete(DeleteBehavior.Restrict);
    }
}
