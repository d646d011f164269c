using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Data.Configurations;

internal sealed class PilotEvaluationConfiguration : IEntityTypeConfiguration<PilotEvaluation>
{
    public void Configure(EntityTypeBuilder<PilotEvaluation> builder)
    {
        builder.ToTable("PilotEvaluations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.TownCode).HasMaxLength(ColumnLengths.TownCode);
        builder.Property(e => e.Evaluator).HasMaxLength(ColumnLengths.Name);
        builder.Property(e => e.Note).HasMaxLength(ColumnLengths.Note);
        builder.HasIndex(e => new { e.TownCode, e.EvaluatedOn });

        builder.HasOne<Town>().WithMany().HasForeignKey(e => e.TownCode).OnDelete(DeleteBehavior.Restrict);
    }
}
