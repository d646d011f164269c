namespace Supervision.Domain.Orders;

/// <summary>Where a 督办单 stands. 退回 is not a state: a returned order is back in <see cref="Rectifying"/> with a reason.</summary>
public enum OrderState
{
    AwaitingSignature = 1, // 待签收
    Rectifying = 2,        // 整改中
    Answered = 3,          // 已反馈
    Closed = 4,            // 已销号
}

/// <summary>What an order was raised for; <see cref="SupervisionOrder.Subject"/> names the record.</summary>
public enum OrderSource
{
    RedCard = 1,           // 红牌办件
    OverdueReview = 2,     // 差评整改超期
    OverdueComplaint = 3,  // 投诉处理超期
    OverduePilotTask = 4,  // 试点任务逾期
    Bulletin = 5,          // 通报批评
    Manual = 6,            // 手工督办
}

public static class OrderNames
{
    public static string Of(OrderState state) => state switch
    {
        OrderState.AwaitingSignature => "待签收",
        OrderState.Rectifying => "整改中",
        OrderState.Answered => "已反馈",
        OrderState.Closed => "已销号",
        _ => "未知",
    };

    public static string Of(OrderSource source) => source switch
    {
        OrderSource.RedCard => "红牌办件",
        OrderSource.OverdueReview => "差评整改超期",
        OrderSource.OverdueComplaint => "投诉处理超期",
        OrderSource.OverduePilotTask => "试点任务逾期",
        OrderSource.Bulletin => "通报批评",
        OrderSource.Manual => "手工督办",
        _ => "未知",
    };

    /// <summary>督办〔2020〕3号: numbered per year of raising (China time).</summary>
    public static string Number(int year, int number) => $"督办〔{year}〕{number}号";
}
