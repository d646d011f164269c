using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Web.Export.Bulletins;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Data.Configurations;

internal sealed class IssuedBulletinConfiguration : IEntityTypeConfiguration<IssuedBulletin>
{
    public void Configure(EntityTypeBuilder<IssuedBulletin> builder)
    {
        builder.ToTable("Bulletins");
        builder.HasKey(b => b.Id);
        // Two issuers racing for the same number (or two admins correcting the same bulletin): the second
        // insert fails and retries with the next number, or is refused.
        builder.HasIndex(b => new { b.Year, b.Number, b.Revision }).IsUnique();
        builder.Property(b => b.Period).HasMaxLength(32);
        builder.Property(b => b.PeriodLabel).HasMaxLength(100);
        builder.Property(b => b.Scope).HasMaxLength(32);
        builder.Property(b => b.Title).HasMaxLength(200);
        builder.Property(b => b.GeneratedBy).HasMaxLength(256);
        builder.Property(b => b.DocumentNumber).HasMaxLength(BulletinEdits.MaxFieldLength);
        builder.Property(b => b.MainRecipients).HasMaxLength(BulletinEdits.MaxFieldLength);
        builder.Property(b => b.CopyTo).HasMaxLength(BulletinEdits.MaxFieldLength);
        builder.Property(b => b.Signer).HasMaxLength(BulletinEdits.MaxFieldLength);
        builder.Property(b => b.Fingerprint).HasMaxLength(64);
        builder.Property(b => b.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.StateReason).HasMaxLength(BulletinEdits.MaxReasonLength);
        builder.Property(b => b.StateChangedBy).HasMaxLength(256);
    }
}
