using Supervision.Domain.Events;

namespace Supervision.Tests.Domain.Activity;

public sealed class CaseStageTests
{
    private static readonly DateTimeOffset At = new(2020, 10, 12, 9, 0, 0, TimeSpan.FromHours(8));

    private static CaseReceived Received(string staff, int minutes) => new()
    {
        Id = $"r-{staff}", Town = "370323001", At = At.AddMinutes(minutes), Case = "C1", Item = "RS-002",
        Window = "370323001-01", Staff = staff, Channel = CaseChannel.Onsite,
    };

    [Fact]
    public void Before_acceptance_the_staff_member_who_last_received_the_application_handles_it()
    {
        var record = new CaseRecord { Status = CaseStatus.AwaitingSupplement };

        var stage = CaseStage.Of(record, [Received("S1", 0), Received("S2", 60)]);

        Assert.Equal(new CaseStage(CaseStatus.AwaitingSupplement, "S2", null, null), stage);
    }

    [Fact]
    public void A_transferred_and_paused_case_is_handled_by_its_acceptor_in_the_department_with_the_procedure_named()
    {
        var record = new CaseRecord
        {
            Status = CaseStatus.Paused, AcceptedAt = At, AcceptedStaff = "S3", TransferredTo = "RS", IsPaused = true, PausedSince = At.AddDays(1),
        };

        var stage = CaseStage.Of(record, [Received("S1", 0), new CasePaused { Id = "p", Town = "370323001", At = At.AddDays(1), Case = "C1", Reason = "专家评审" }]);

        Assert.Equal(new CaseStage(CaseStatus.Paused, "S3", "RS", "专家评审"), stage);
    }
}
