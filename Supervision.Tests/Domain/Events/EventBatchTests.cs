using Supervision.Domain.Events;

namespace Supervision.Tests.Domain.Events;

public sealed class EventBatchTests
{
    [Fact]
    public void Repeated_id_in_one_batch_is_kept_once_first_occurrence_winning()
    {
        var first = new CaseResumed { Id = "same", Town = "370323001", At = EventSamples.At, Case = "C1" };
        var other = new CaseResumed { Id = "other", Town = "370323001", At = EventSamples.At, Case = "C2" };
        var repeat = first with { Case = "C9" };

        var distinct = EventBatch.DistinctByKey([first, other, repeat]);

        Assert.Equal([first, other], distinct);
    }

    [Fact]
    public void The_same_id_in_another_town_is_another_event()
    {
        var own = new CaseResumed { Id = "same", Town = "370323001", At = EventSamples.At, Case = "C1" };
        var foreign = own with { Town = "370323101" };

        var distinct = EventBatch.DistinctByKey([own, foreign]);

        Assert.Equal([own, foreign], distinct);
    }
}
