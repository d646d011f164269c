using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Data.Configurations;

internal sealed class StaffConfiguration : IEntityTypeConfiguration<Staff>
{
    public void Configure(EntityTypeBuilder<Staff> builder)
    {
        builder.ToTable("Staff");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(ColumnLengths.StaffId).ValueGeneratedNever();
        builder.Property(s => s.TownCode).HasMaxLength(ColumnLengths.TownCode);
        builder.Property(s => s.Name).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(s => s.TownCode);

        builder.HasOne<Town>().WithMany().HasForeignKey(s => s.TownCode).OnDelete(DeleteBehavior.Restrict);
    }
}
