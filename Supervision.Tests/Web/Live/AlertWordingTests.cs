namespace Supervision.Tests.Web.Live;

public sealed class AlertWordingTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly WorkingCalendar Calendar = new([]);

    private static readonly ReferenceNames Names = new(
        new Dictionary<string, string> { ["370323002"] = "历山街道" },
        new Dictionary<string, string> { ["RS-002"] = "城乡居民养老保险待遇申领" },
        new Dictionary<string, string> { ["370323002-01"] = "1号综合受理窗口" },
        new Dictionary<string, string> { ["370323002-S11"] = "张三" },
        new Dictionary<string, string>());

    private static readonly AlertWording Wording = new(Names);

    private static CaseRecord OpenCase(string staff, DateTimeOffset deadline) => new()
    {
        Town = "370323002", CaseId = "C1", ItemCode = "RS-002", AcceptedStaff = staff, AcceptedWindow = "370323002-01",
        AcceptedAt = deadline.AddDays(-5), PromisedDays = 5, Deadline = deadline, Status = CaseStatus.Accepted,
    };

    [Fact]
    public void A_red_card_names_the_item_and_the_staff_member_and_gives_the_deadline_without_this_year()
    {
        var c1 = OpenCase("370323002-S11", new DateTimeOffset(2020, 10, 12, 17, 30, 0, China));

        var alert = Assert.Single(AlertRules.ForCase(null, c1, Calendar, Wording, new DateTimeOffset(2020, 10, 13, 9, 0, 0, China)));

        Assert.Equal("红牌：办件 C1（城乡居民养老保险待遇申领，受理人张三）已超过办结时限10月12日17:30，仍未办结。", alert.Message);
        Assert.DoesNotContain("S11", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_in_another_year_than_now_says_its_year()
    {
        var c1 = OpenCase("370323002-S11", new DateTimeOffset(2020, 12, 31, 17, 30, 0, China));

        var alert = Assert.Single(AlertRules.ForCase(null, c1, Calendar, Wording, new DateTimeOffset(2021, 1, 4, 9, 0, 0, China)));

        Assert.Contains("已超过办结时限2020年12月31日17:30", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_staff_member_the_reference_data_lack_shows_the_code_marked_unregistered()
    {
        var c1 = OpenCase("370323002-S99", new DateTimeOffset(2020, 10, 12, 17, 30, 0, China));

        var alert = Assert.Single(AlertRules.ForCase(null, c1, Calendar, Wording, new DateTimeOffset(2020, 10, 13, 9, 0, 0, China)));

        Assert.Contains("受理人370323002-S99（未登记）", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_review_names_the_staff_member_and_the_window()
    {
        var review = new ReviewRecord
        {
            Town = "370323002", ReviewId = "R1", CaseId = "C1", Staff = "370323002-S11", Window = "370323002-01",
            Level = 1, IsNegative = true, Reasons = "态度差",
        };

        var alert = Assert.Single(AlertRules.ForReview(null, review, Wording, new DateTimeOffset(2020, 10, 13, 9, 0, 0, China)));

        Assert.Equal("差评：评价 R1（工作人员张三，1号综合受理窗口，办件 C1）为 1 级，原因：态度差。", alert.Message);
    }

    [Fact]
    public void A_complaint_gives_its_response_due_time_in_the_short_form()
    {
        var complaint = new ComplaintRecord
        {
            Town = "370323002", ComplaintId = "K1", FiledAt = new DateTimeOffset(2020, 10, 9, 10, 0, 0, China),
            RespondDue = new DateTimeOffset(2020, 10, 12, 17, 30, 0, China),
        };

        var alert = Assert.Single(AlertRules.ForComplaint(null, complaint, Wording, new DateTimeOffset(2020, 10, 9, 10, 1, 0, China)));

        Assert.Equal("投诉：收到“一次办不好”投诉 K1，应于10月12日17:30前响应。", alert.Message);
    }
}
