using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Data.Configurations;

// The current-state rows the ingestor folds from events. Only the ingestor and the rebuild command
// write them; everything else reads.

internal static class RecordColumns
{
    public const int Town = 16;
    public const int Id = 64;
    public const int Text = 500;
    public const int Subject = StoredEventConfiguration.SubjectLength;
}

internal sealed class CaseRecordConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> builder)
    {
        builder.ToTable("CaseRecords");
        builder.HasKey(r => new { r.Town, r.CaseId });
        builder.Property(r => r.Town).HasMaxLength(RecordColumns.Town);
        builder.Property(r => r.CaseId).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.ItemCode).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.AcceptedWindow).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.AcceptedStaff).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.TransferredTo).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.RefusalReason).HasMaxLength(RecordColumns.Text);
        builder.Property(r => r.RefusalApprovedBy).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.VisitDays).HasMaxLength(2000);
        builder.HasIndex(r => new { r.Town, r.AcceptedDay });
        builder.HasIndex(r => new { r.Town, r.Status });
    }
}

internal sealed class TicketRecordConfiguration : IEntityTypeConfiguration<TicketRecord>
{
    public void Configure(EntityTypeBuilder<TicketRecord> builder)
    {
        builder.ToTable("TicketRecords");
        builder.HasKey(r => new { r.Town, r.Ticket });
        builder.Property(r => r.Town).HasMaxLength(RecordColumns.Town);
        builder.Property(r => r.Ticket).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.Category).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.Window).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.Staff).HasMaxLength(RecordColumns.Id);
        builder.HasIndex(r => new { r.Town, r.IssuedDay });
        builder.HasIndex(r => new { r.Town, r.Status });
    }
}

internal sealed class ReviewRecordConfiguration : IEntityTypeConfiguration<ReviewRecord>
{
    public void Configure(EntityTypeBuilder<ReviewRecord> builder)
    {
        builder.ToTable("ReviewRecords");
        builder.HasKey(r => new { r.Town, r.ReviewId });
        builder.Property(r => r.Town).HasMaxLength(RecordColumns.Town);
        builder.Property(r => r.ReviewId).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.CaseId).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.Window).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.Staff).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.Reasons).HasMaxLength(4000);
        builder.HasIndex(r => new { r.Town, r.SubmittedDay });
        // Whether a case has a review (评价率), asked per batch and by the rebuild.
        builder.HasIndex(r => new { r.Town, r.CaseId });
    }
}

internal sealed class ComplaintRecordConfiguration : IEntityTypeConfiguration<ComplaintRecord>
{
    public void Configure(EntityTypeBuilder<ComplaintRecord> builder)
    {
        builder.ToTable("ComplaintRecords");
        builder.HasKey(r => new { r.Town, r.ComplaintId });
        builder.Property(r => r.Town).HasMaxLength(RecordColumns.Town);
        builder.Property(r => r.ComplaintId).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.CaseId).HasMaxLength(RecordColumns.Id);
        builder.HasIndex(r => new { r.Town, r.FiledDay });
    }
}

internal sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> builder)
    {
        builder.ToTable("AttendanceRecords");
        builder.HasKey(r => new { r.Town, r.StaffId, r.Date });
        builder.Property(r => r.Town).HasMaxLength(RecordColumns.Town);
        builder.Property(r => r.StaffId).HasMaxLength(RecordColumns.Id);
        builder.Property(r => r.DecidingEventId).HasMaxLength(RecordColumns.Id);
        builder.HasIndex(r => new { r.Town, r.Date });
    }
}

internal sealed class SubjectDayConfiguration : IEntityTypeConfiguration<SubjectDay>
{
    public void Configure(EntityTypeBuilder<SubjectDay> builder)
    {
        builder.ToTable("SubjectDays");
        builder.HasKey(d => new { d.Subject, d.Day });
        builder.Property(d => d.Subject).HasMaxLength(RecordColumns.Subject);
        builder.Property(d => d.Town).HasMaxLength(RecordColumns.Town);
        builder.HasIndex(d => new { d.Town, d.Day });
    }
}
