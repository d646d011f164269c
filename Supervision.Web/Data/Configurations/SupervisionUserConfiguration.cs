using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Data.Configurations;

internal sealed class SupervisionUserConfiguration : IEntityTypeConfiguration<SupervisionUser>
{
    public void Configure(EntityTypeBuilder<SupervisionUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(ColumnLengths.Name);
        builder.Property(u => u.TownCode).HasMaxLength(ColumnLengths.TownCode);
        builder.HasIndex(u => u.TownCode);
    }
}
