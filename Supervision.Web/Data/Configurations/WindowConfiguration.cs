using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Data.Configurations;

internal sealed class WindowConfiguration : IEntityTypeConfiguration<Window>
{
    public void Configure(EntityTypeBuilder<Window> builder)
    {
        builder.ToTable("Windows");
        builder.HasKey(w => w.Code);
        builder.Property(w => w.Code).HasMaxLength(ColumnLengths.WindowCode).ValueGeneratedNever();
        builder.Property(w => w.TownCode).HasMaxLength(ColumnLengths.TownCode);
        builder.Property(w => w.Name).HasMaxLength(ColumnLengths.Name);
        builder.Ignore(w => w.IsBusiness);
        builder.HasIndex(w => new { w.TownCode, w.Number }).IsUnique();

        builder.HasOne<Town>().WithMany().HasForeignKey(w => w.TownCode).OnDelete(DeleteBehavior.Restrict);
    }
}
