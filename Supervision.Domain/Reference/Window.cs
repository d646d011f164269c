namespace Supervision.Domain.Reference;

public enum WindowKind
{
    Comprehensive = 1,  // 综合受理
    UnifiedIssuing = 2, // 统一出件
    Specialised = 3,    // 专业
    ServiceDesk = 4,    // 服务台
    Assisted = 5,       // 帮办代办
    Consultation = 6,   // 咨询
    Complaint = 7,      // 找茬 (“一次办不好”)
    Tidal = 8,          // 潮汐
}

public sealed class Window
{
    /// <summary>Unique across the county, e.g. <c>370323001-01</c>.</summary>
    public required string Code { get; init; }
    public required string TownCode { get; init; }
    public int Number { get; set; }
    public required string Name { get; set; }
    public WindowKind Kind { get; set; }

    public bool IsBusiness => Kind is WindowKind.Comprehensive or WindowKind.UnifiedIssuing or WindowKind.Specialised;
}
