using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Data.Configurations;

internal sealed class StoredEventConfiguration : IEntityTypeConfiguration<StoredEvent>
{
    public const int IdLength = 64;
    public const int TypeLength = 40;
    public const int TownLength = 16;

    // kind + town + the hall's own id (≤ 64 each for ids and staff) + a date suffix, with room to spare.
    public const int SubjectLength = 256;

    public void Configure(EntityTypeBuilder<StoredEvent> builder)
    {
        builder.ToTable("Events");
        builder.HasKey(e => e.Seq);
        builder.Property(e => e.Seq).ValueGeneratedOnAdd();
        builder.Property(e => e.Id).HasMaxLength(IdLength);
        builder.Property(e => e.Type).HasMaxLength(TypeLength);
        builder.Property(e => e.Town).HasMaxLength(TownLength);
        builder.Property(e => e.Subject).HasMaxLength(SubjectLength);
        // An event is (town, id): ids are the senders' own, unique only within their town. Town first, so
        // the duplicate lookup of a batch (one town, many ids) is one seek per id within one town's range.
        builder.HasIndex(e => new { e.Town, e.Id }).IsUnique();

        // Projections reload whole subjects; replays stream by subject.
        builder.HasIndex(e => new { e.Subject, e.Seq });
        builder.HasIndex(e => new { e.Town, e.At });
    }
}
