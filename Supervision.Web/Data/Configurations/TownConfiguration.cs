using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Data.Configurations;

internal sealed class TownConfiguration : IEntityTypeConfiguration<Town>
{
    public void Configure(EntityTypeBuilder<Town> builder)
    {
        builder.ToTable("Towns");
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(ColumnLengths.TownCode).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(ColumnLengths.Name);
    }
}
