namespace Supervision.Web.Data.Seed;

/// <summary>The Chinese terms the seed files use for each enumeration.</summary>
internal static class SeedVocabulary
{
    public static readonly IReadOnlyDictionary<string, TownKind> TownKinds = new Dictionary<string, TownKind>
    {
        ["街道"] = TownKind.Subdistrict, ["镇"] = TownKind.Town,
    };

    public static readonly IReadOnlyDictionary<string, ApplicantType> ApplicantTypes = new Dictionary<string, ApplicantType>
    {
        ["个人"] = ApplicantType.Individual, ["企业"] = ApplicantType.Enterprise,
    };

    public static readonly IReadOnlyDictionary<string, WindowKind> WindowKinds = new Dictionary<string, WindowKind>
    {
        ["综合受理"] = WindowKind.Comprehensive, ["统一出件"] = WindowKind.UnifiedIssuing, ["专业"] = WindowKind.Specialised,
        ["服务台"] = WindowKind.ServiceDesk, ["帮办代办"] = WindowKind.Assisted, ["咨询"] = WindowKind.Consultation,
        ["找茬"] = WindowKind.Complaint, ["潮汐"] = WindowKind.Tidal,
    };

    public static readonly IReadOnlyDictionary<string, StaffRole> StaffRoles = new Dictionary<string, StaffRole>
    {
        ["综合受理"] = StaffRole.ComprehensiveAcceptance, ["后台审批"] = StaffRole.BackOffice, ["出件"] = StaffRole.Issuing,
        ["帮办代办"] = StaffRole.Assistant, ["负责人"] = StaffRole.Supervisor,
    };

    public static readonly IReadOnlyDictionary<string, Recruitment> Recruitments = new Dictionary<string, Recruitment>
    {
        ["政府购买"] = Recruitment.GovernmentPurchase, ["内部选调"] = Recruitment.InternalSelection,
    };

    public static readonly IReadOnlyDictionary<string, PilotPhase> PilotPhases = new Dictionary<string, PilotPhase>
    {
        ["动员部署"] = PilotPhase.Mobilisation, ["全面实施"] = PilotPhase.Implementation, ["总结推广"] = PilotPhase.Summary,
    };
}
