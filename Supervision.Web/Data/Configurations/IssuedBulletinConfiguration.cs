using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Data.Configurations;

internal sealed class IssuedBulletinConfiguration : IEntityTypeConfiguration<IssuedBulletin>
{
    public void Configure(EntityTypeBuilder<IssuedBulletin> builder)
    {
        builder.ToTable("Bulletins");
        builder.HasKey(b => b.Id);
        // Two issuers racing for the same number: the second insert fails and retries with the next one.
        builder.HasIndex(b => new { b.Year, b.Number }).IsUnique();
        builder.Property(b => b.Period).HasMaxLength(32);
        builder.Property(b => b.PeriodLabel).HasMaxLength(100);
        builder.Property(b => b.Scope).HasMaxLength(32);
        builder.Property(b => b.Title).HasMaxLength(200);
        builder.Property(b => b.GeneratedBy).HasMaxLength(256);
    }
}
