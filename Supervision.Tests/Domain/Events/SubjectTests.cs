using Supervision.Domain.Events;

namespace Supervision.Tests.Domain.Events;

public sealed class SubjectTests
{
    [Fact]
    public void Subject_is_kind_town_and_the_halls_own_id()
    {
        var resumed = new CaseResumed { Id = "e1", Town = "370323001", At = EventSamples.At, Case = "C1" };

        Assert.Equal("case:370323001:C1", resumed.Subject);
    }

    [Theory]
    [InlineData(SubjectKind.Ticket, "ticket")]
    [InlineData(SubjectKind.Case, "case")]
    [InlineData(SubjectKind.Review, "review")]
    [InlineData(SubjectKind.Complaint, "complaint")]
    [InlineData(SubjectKind.Attendance, "attendance")]
    public void Every_subject_kind_has_the_lower_case_name_stored_subjects_begin_with(SubjectKind kind, string name)
    {
        Assert.Equal(name, kind.Name());
    }

    [Fact]
    public void Every_subject_kind_is_named()
    {
        Assert.All(Enum.GetValues<SubjectKind>(), kind => Assert.Equal(kind.ToString().ToLowerInvariant(), kind.Name()));
    }
}
