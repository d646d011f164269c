using Supervision.Domain.Reference;
using static Supervision.Tests.Domain.Activity.ActivityFixture;

namespace Supervision.Tests.Domain.Activity;

/// <summary>
/// 参考数据按事件发生日生效: a case is judged by the item's limits and the window's kind in force on the
/// day it was accepted, so a later change of the catalogue (承诺时限压缩, 窗口整合) and a rebuild leave past cases as they were.
/// </summary>
public class ReferenceInForceRuleTests
{
    private static readonly DateOnly Merger = Day("2020-09-14");

    // ITEM-5's promise was cut to 3 days and the specialised window became a comprehensive one on 09-14.
    private static readonly ActivityContext Changed = new(
        Autumn2020,
        new ActivityCatalog(
            [new ServiceItem { Code = FiveDays, Name = FiveDays, DepartmentCode = "民政", PromisedDays = 3, StatutoryDays = 20 }],
            [new Window { Code = Specialised, TownCode = ActivityFixture.Town, Name = Specialised, Kind = WindowKind.Comprehensive }],
            [
                new ItemLimitChange { ItemCode = FiveDays, EffectiveFrom = DateOnly.MinValue, PromisedDays = 5, StatutoryDays = 20 },
                new ItemLimitChange { ItemCode = FiveDays, EffectiveFrom = Merger, PromisedDays = 3, StatutoryDays = 20 },
            ],
            [
                new WindowKindChange { WindowCode = Specialised, EffectiveFrom = DateOnly.MinValue, Kind = WindowKind.Specialised },
                new WindowKindChange { WindowCode = Specialised, EffectiveFrom = Merger, Kind = WindowKind.Comprehensive },
            ]));

    [Fact]
    public void A_case_accepted_before_a_shorter_promise_keeps_the_promise_it_was_accepted_under()
    {
        var record = CaseFold.Fold([Accepted("e1", "C1", "2020-09-11 10:00", window: Specialised)], Changed);

        Assert.Equal(5, record.PromisedDays);
        Assert.Equal(At("2020-09-18 17:30"), record.Deadline);
    }

    [Fact]
    public void A_case_accepted_on_the_day_of_the_change_takes_the_new_promise()
    {
        var record = CaseFold.Fold([Accepted("e1", "C1", "2020-09-14 10:00", window: Specialised)], Changed);

        Assert.Equal(3, record.PromisedDays);
        Assert.Equal(At("2020-09-17 17:30"), record.Deadline);
    }

    [Fact]
    public void One_window_share_counts_a_merged_window_as_comprehensive_only_from_the_merger()
    {
        var before = CaseFold.Fold([Accepted("e1", "C1", "2020-09-11 10:00", window: Specialised)], Changed);
        var after = CaseFold.Fold([Accepted("e2", "C2", "2020-09-14 10:00", window: Specialised)], Changed);

        Assert.False(before.AcceptedAtComprehensive);
        Assert.True(after.AcceptedAtComprehensive);
    }

    [Fact]
    public void Without_history_the_current_reference_row_answers_for_every_day()
    {
        var record = CaseFold.Fold([Accepted("e1", "C1", "2020-09-01 10:00", item: ThreeDays)], Context);

        Assert.Equal(3, record.PromisedDays);
    }
}
