using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedOnAdd();
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.TownCode).HasMaxLength(16);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.Property(k => k.Hash).HasMaxLength(64).IsFixedLength(false);
        builder.Property(k => k.Scopes).HasConversion<int>();
        builder.Ignore(k => k.IsRevoked);
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasIndex(k => k.Prefix);

        builder.HasOne<Town>().WithMany().HasForeignKey(k => k.TownCode).OnDelete(DeleteBehavior.Restrict);
    }
}
