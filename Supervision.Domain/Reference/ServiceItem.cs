namespace Supervision.Domain.Reference;

public enum ApplicantType
{
    Individual = 1, // 个人
    Enterprise = 2, // 企业
}

/// <summary>A 政务服务事项 as catalogued for township halls.</summary>
public sealed class ServiceItem
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string DepartmentCode { get; set; }
    public ApplicantType ApplicantType { get; set; }

    /// <summary>承诺时限 in working days; 0 means 即办 (decided on the spot).</summary>
    public int PromisedDays { get; set; }

    /// <summary>法定时限 in working days.</summary>
    public int StatutoryDays { get; set; }

    /// <summary>The town only pre-reviews and reports up to the county (上报).</summary>
    public bool PreReviewOnly { get; set; }

    public List<string> Materials { get; set; } = [];

    public bool IsInstant => PromisedDays == 0;
}
