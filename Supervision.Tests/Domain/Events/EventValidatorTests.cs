using Supervision.Domain.Events;
using Supervision.Domain.Events.Validation;
using Supervision.Domain.Reference;

namespace Supervision.Tests.Domain.Events;

public sealed class EventValidatorTests
{
    private const string Nanma = "370323001";
    private const string Lishan = "370323002";

    private static readonly ReferenceCatalog Catalog = new(
        towns:
        [
            new Town { Code = Nanma, Name = "南麻街道", Kind = TownKind.Subdistrict },
            new Town { Code = Lishan, Name = "历山街道", Kind = TownKind.Subdistrict },
        ],
        items: [new ServiceItem { Code = "ITEM-001", Name = "城乡居民基本养老保险参保登记", DepartmentCode = "RS" }],
        windows:
        [
            new Window { Code = "370323001-01", TownCode = Nanma, Number = 1, Name = "综合受理窗口", Kind = WindowKind.Comprehensive },
            new Window { Code = "370323001-02", TownCode = Nanma, Number = 2, Name = "统一出件窗口", Kind = WindowKind.UnifiedIssuing },
            new Window { Code = "370323002-01", TownCode = Lishan, Number = 1, Name = "综合受理窗口", Kind = WindowKind.Comprehensive },
        ],
        staff:
        [
            new Staff { Id = "370323001-S01", TownCode = Nanma, Name = "王芳" },
            new Staff { Id = "370323002-S01", TownCode = Lishan, Name = "李强" },
        ],
        departments: [new Department { Code = "RS", Name = "人社" }]);

    private static CaseAccepted Accepted(string town = Nanma, string item = "ITEM-001", string window = "370323001-01", string staff = "370323001-S01") =>
        new() { Id = "a-1", Town = town, At = EventSamples.At, Case = "C1", Item = item, Window = window, Staff = staff, Channel = CaseChannel.Onsite };

    private static EventError SingleError(HallEvent hallEvent)
    {
        var errors = EventValidator.Validate([EventSamples.All[0], hallEvent], Catalog);
        return Assert.Single(errors);
    }

    [Fact]
    public void Every_sample_event_is_valid_against_matching_reference_data()
    {
        Assert.Empty(EventValidator.Validate(EventSamples.All, Catalog));
    }

    [Fact]
    public void Unknown_town_is_reported_once_for_the_event()
    {
        var error = SingleError(Accepted(town: "370323999"));

        Assert.Equal(new EventError(1, "a-1", "未知镇街代码 \"370323999\""), error);
    }

    [Fact]
    public void Unknown_item_is_reported()
    {
        var error = SingleError(Accepted(item: "ITEM-404"));

        Assert.Equal(new EventError(1, "a-1", "未知事项编码 \"ITEM-404\""), error);
    }

    [Fact]
    public void Unknown_window_is_reported()
    {
        var error = SingleError(Accepted(window: "370323001-99"));

        Assert.Equal("未知窗口编码 \"370323001-99\"", error.Reason);
    }

    [Fact]
    public void Window_of_another_town_is_reported()
    {
        var error = SingleError(Accepted(window: "370323002-01"));

        Assert.Equal("窗口 \"370323002-01\" 不属于镇街 370323001", error.Reason);
    }

    [Fact]
    public void Unknown_staff_is_reported()
    {
        var error = SingleError(new StaffAttendanceRecorded { Id = "s-1", Town = Nanma, At = EventSamples.At, Staff = "370323001-S77", Date = new DateOnly(2020, 6, 1), Status = AttendanceStatus.Present });

        Assert.Equal(new EventError(1, "s-1", "未知工作人员编号 \"370323001-S77\""), error);
    }

    [Fact]
    public void Staff_of_another_town_is_reported()
    {
        var error = SingleError(Accepted(staff: "370323002-S01"));

        Assert.Equal("工作人员 \"370323002-S01\" 不属于镇街 370323001", error.Reason);
    }

    [Fact]
    public void Transfer_to_unknown_department_is_reported()
    {
        var error = SingleError(new CaseTransferred { Id = "t-1", Town = Nanma, At = EventSamples.At, Case = "C1", Department = "XX" });

        Assert.Equal(new EventError(1, "t-1", "未知部门编码 \"XX\""), error);
    }

    [Fact]
    public void Every_reference_problem_of_one_event_is_reported()
    {
        var errors = EventValidator.Validate([Accepted(item: "ITEM-404", window: "370323002-01", staff: "nobody")], Catalog);

        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Hand_built_negative_review_without_reasons_is_accepted_to_be_flagged()
    {
        var review = new ReviewSubmitted { Id = "r-1", Town = Nanma, At = EventSamples.At, Review = "R1", Window = "370323001-01", Staff = "370323001-S01", Level = 1, Channel = ReviewChannel.Device };

        Assert.Empty(EventValidator.Validate([review], Catalog));
    }

    [Fact]
    public void Hand_built_review_with_level_out_of_range_is_caught()
    {
        var review = new ReviewSubmitted { Id = "r-1", Town = Nanma, At = EventSamples.At, Review = "R1", Window = "370323001-01", Staff = "370323001-S01", Level = 9, Channel = ReviewChannel.Device };

        Assert.Equal("字段 \"level\" 必须是 1–5 的整数", SingleError(review).Reason);
    }

    [Fact]
    public void Hand_built_event_with_overlong_id_is_caught()
    {
        var error = SingleError(new CaseResumed { Id = new string('x', 65), Town = Nanma, At = EventSamples.At, Case = "C1" });

        Assert.Equal("id 必须是 1–64 个字符的字符串", error.Reason);
    }

    [Fact]
    public void Hand_built_event_with_undefined_enum_value_is_caught()
    {
        var error = SingleError(new CaseCompleted { Id = "c-1", Town = Nanma, At = EventSamples.At, Case = "C1", Outcome = (CaseOutcome)9 });

        Assert.Equal("字段 \"outcome\" 的值 \"9\" 无效，应为 approved 或 denied", error.Reason);
    }

    [Fact]
    public void Refusal_without_approval_passes_validation()
    {
        var refusal = new CaseRefused { Id = "f-1", Town = Nanma, At = EventSamples.At, Case = "C1", Reason = "不予受理" };

        Assert.Empty(EventValidator.Validate([refusal], Catalog));
        Assert.True(refusal.IsViolation);
    }

    [Fact]
    public void Catalog_refuses_two_windows_with_one_code()
    {
        var window = new Window { Code = "370323001-01", TownCode = Nanma, Name = "综合受理窗口" };

        Assert.Throws<ArgumentException>(() => new ReferenceCatalog([], [], [window, window], [], []));
    }
}
