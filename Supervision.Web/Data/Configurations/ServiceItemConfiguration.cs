using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Web.Data.Conventions;

namespace Supervision.Web.Data.Configurations;

internal sealed class ServiceItemConfiguration : IEntityTypeConfiguration<ServiceItem>
{
    public void Configure(EntityTypeBuilder<ServiceItem> builder)
    {
        builder.ToTable("ServiceItems");
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(ColumnLengths.ItemCode).ValueGeneratedNever();
        builder.Property(i => i.Name).HasMaxLength(ColumnLengths.LongName);
        builder.Property(i => i.DepartmentCode).HasMaxLength(ColumnLengths.DepartmentCode);
        builder.Property(i => i.Materials)
            .HasConversion(new StringListJsonConverter(), new StringListComparer())
            .IsRequired();
        builder.Ignore(i => i.IsInstant);

        builder.HasOne<Department>().WithMany()
            .HasForeignKey(i => i.DepartmentCode)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.DepartmentCode);
    }
}
