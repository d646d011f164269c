using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Data.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("Departments");
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(ColumnLengths.DepartmentCode).ValueGeneratedNever();
        builder.Property(d => d.Name).HasMaxLength(ColumnLengths.Name);
    }
}
