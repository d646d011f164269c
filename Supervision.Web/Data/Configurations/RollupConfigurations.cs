using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Data.Configurations;

internal sealed class TownDayRollupConfiguration : IEntityTypeConfiguration<TownDayRollup>
{
    public void Configure(EntityTypeBuilder<TownDayRollup> builder)
    {
        builder.ToTable("TownDayRollups");
        builder.HasKey(r => new { r.Town, r.Day });
        builder.Property(r => r.Town).HasMaxLength(RecordColumns.Town);
        builder.HasIndex(r => r.Day);
    }
}

internal sealed class StaffDayRollupConfiguration : IEntityTypeConfiguration<StaffDayRollup>
{
    public void Configure(EntityTypeBuilder<StaffDayRollup> builder)
    {
        builder.ToTable("StaffDayRollups");
        builder.HasKey(r => new { r.Town, r.Day, r.StaffId });
        builder.Property(r => r.Town).HasMaxLength(RecordColumns.Town);
        builder.Property(r => r.StaffId).HasMaxLength(RecordColumns.Id);
        builder.HasIndex(r => new { r.StaffId, r.Day });
    }
}

internal sealed class ItemDayRollupConfiguration : IEntityTypeConfiguration<ItemDayRollup>
{
    public void Configure(EntityTypeBuilder<ItemDayRollup> builder)
    {
        builder.ToTable("ItemDayRollups");
        builder.HasKey(r => new { r.Town, r.Day, r.ItemCode });
        builder.Property(r => r.Town).HasMaxLength(RecordColumns.Town);
        builder.Property(r => r.ItemCode).HasMaxLength(RecordColumns.Id);
    }
}
