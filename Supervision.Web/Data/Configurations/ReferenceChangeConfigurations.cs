using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Data.Configurations;

internal sealed class ItemLimitChangeConfiguration : IEntityTypeConfiguration<ItemLimitChange>
{
    public void Configure(EntityTypeBuilder<ItemLimitChange> builder)
    {
        builder.ToTable("ItemLimitChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.ItemCode).HasMaxLength(ColumnLengths.ItemCode);
        builder.HasIndex(c => new { c.ItemCode, c.EffectiveFrom }).IsUnique();

        builder.HasOne<ServiceItem>().WithMany().HasForeignKey(c => c.ItemCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WindowKindChangeConfiguration : IEntityTypeConfiguration<WindowKindChange>
{
    public void Configure(EntityTypeBuilder<WindowKindChange> builder)
    {
        builder.ToTable("WindowKindChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.WindowCode).HasMaxLength(ColumnLengths.WindowCode);
        builder.HasIndex(c => new { c.WindowCode, c.EffectiveFrom }).IsUnique();

        builder.HasOne<Window>().WithMany().HasForeignKey(c => c.WindowCode).OnDelete(DeleteBehavior.Restrict);
    }
}
