using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Data.Configurations;

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> builder)
    {
        builder.ToTable("Holidays");
        builder.HasKey(h => h.Date);
        builder.Property(h => h.Date).ValueGeneratedNever();
        builder.Property(h => h.Name).HasMaxLength(ColumnLengths.Name);
    }
}
