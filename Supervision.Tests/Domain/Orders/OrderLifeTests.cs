using Supervision.Tests.Domain.Calendar;

namespace Supervision.Tests.Domain.Orders;

public sealed class OrderLifeTests
{
    private static readonly DateTimeOffset Raised = SeedCalendar.Local(2020, 10, 12, 9);
    private static readonly DateTimeOffset Due = SeedCalendar.Local(2020, 10, 15, 17, 30);

    internal static SupervisionOrder NewOrder(DateTimeOffset? deadline = null) => new()
    {
        Year = 2020, Number = 3, Town = "370323001", Source = OrderSource.RedCard, Subject = "case:C1",
        Problem = "办件超期", Requirement = "限期办结", DeadlineDays = 3, Deadline = deadline ?? Due,
        RaisedBy = "inspector", RaisedAt = Raised,
    };

    [Fact]
    public void An_order_goes_from_awaiting_signature_to_rectifying_to_answered_to_closed()
    {
        var order = NewOrder();
        order.Sign("leader", Raised.AddHours(1));
        Assert.Equal(OrderState.Rectifying, order.State);
        order.Answer("已办结并约谈窗口人员", "leader", Raised.AddDays(1));
        Assert.Equal(OrderState.Answered, order.State);
        order.Close("inspector", Raised.AddDays(2));

        Assert.Equal(OrderState.Closed, order.State);
        Assert.True(order.ClosedOnTime);
        Assert.Equal("督办〔2020〕3号", order.Label);
    }

    [Fact]
    public void A_returned_order_is_rectifying_again_with_the_reason_and_can_be_answered_again()
    {
        var order = NewOrder();
        order.Answer("已整改", "leader", Raised.AddHours(2));
        order.Return("缺少办结凭证", Raised.AddHours(3));

        Assert.Equal(OrderState.Rectifying, order.State);
        Assert.Equal("缺少办结凭证", order.ReturnReason);
        Assert.Equal(1, order.ReturnCount);
        Assert.Equal(OrderState.Answered, order.StateAt(Raised.AddHours(2.5)));
        Assert.Equal(OrderState.Rectifying, order.StateAt(Raised.AddHours(4)));
        order.Answer("补充办结凭证", "leader", Raised.AddHours(5));
        Assert.Equal(OrderState.Answered, order.State);
    }

    [Fact]
    public void Answering_a_closed_order_is_refused_and_changes_nothing()
    {
        var order = NewOrder();
        order.Answer("已整改", "leader", Raised.AddHours(2));
        order.Close("inspector", Raised.AddHours(3));

        var error = Assert.Throws<DomainException>(() => order.Answer("再次反馈", "leader", Raised.AddHours(4)));

        Assert.Contains("已销号", error.Message, StringComparison.Ordinal);
        Assert.Equal("已整改", order.Measures);
        Assert.Equal(OrderState.Closed, order.State);
    }

    [Fact]
    public void An_empty_answer_or_return_reason_is_refused()
    {
        var order = NewOrder();
        Assert.Contains("请填写整改措施", Assert.Throws<DomainException>(() => order.Answer("  ", "leader", Raised)).Message, StringComparison.Ordinal);
        Assert.Equal(OrderState.AwaitingSignature, order.State);
        order.Answer("已整改", "leader", Raised);
        Assert.Contains("请填写退回理由", Assert.Throws<DomainException>(() => order.Return("", Raised)).Message, StringComparison.Ordinal);
        Assert.Equal(OrderState.Answered, order.State);
    }

    [Fact]
    public void Only_answered_orders_can_be_returned_or_closed()
    {
        var order = NewOrder();
        Assert.Throws<DomainException>(() => order.Close("inspector", Raised));
        Assert.Throws<DomainException>(() => order.Return("理由", Raised));
        Assert.Equal(OrderState.AwaitingSignature, order.State);
    }

    [Fact]
    public void An_order_is_overdue_only_while_the_town_owes_an_answer_past_the_deadline()
    {
        var order = NewOrder();
        Assert.False(order.IsOverdue(Due));
        Assert.True(order.IsOverdue(Due.AddMinutes(1)));
        order.Answer("已整改", "leader", Due.AddMinutes(2));
        Assert.False(order.IsOverdue(Due.AddDays(1)));
        order.Close("inspector", Due.AddDays(1));
        Assert.False(order.ClosedOnTime);
    }

    [Fact]
    public void The_overdue_alert_is_raised_once_when_the_deadline_is_crossed()
    {
        var order = NewOrder();
        Assert.Null(OrderAlerts.Overdue(order, "南麻街道", Due.AddMinutes(-1), Due.AddMinutes(-2)));
        var alert = OrderAlerts.Overdue(order, "南麻街道", Due.AddSeconds(30), Due.AddSeconds(-1));
        Assert.NotNull(alert);
        Assert.Equal("督办超期", alert.KindName);
        Assert.Equal("370323001", alert.Town);
        Assert.Null(OrderAlerts.Overdue(order, "南麻街道", Due.AddSeconds(60), Due.AddSeconds(30)));
    }
}
