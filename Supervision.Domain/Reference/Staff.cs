namespace Supervision.Domain.Reference;

public enum StaffRole
{
    ComprehensiveAcceptance = 1, // 综合受理
    BackOffice = 2,              // 后台审批
    Issuing = 3,                 // 出件
    Assistant = 4,               // 帮办代办
    Supervisor = 5,              // 负责人
}

public enum Recruitment
{
    GovernmentPurchase = 1, // 政府购买服务
    InternalSelection = 2,  // 内部选调
}

public sealed class Staff
{
    /// <summary>Unique across the county, e.g. <c>370323001-S01</c>.</summary>
    public required string Id { get; init; }
    public required string TownCode { get; init; }
    public required string Name { get; set; }
    public StaffRole Role { get; set; }
    public Recruitment Recruitment { get; set; }
    public bool Trained { get; set; }
}
