namespace Supervision.Domain.Events;

// Wire values are the lower-case names given in the event contract (see EventVocabulary).

public enum CaseChannel { Onsite = 1, Online = 2, SelfService = 3 }

public enum CaseOutcome { Approved = 1, Denied = 2 }

public enum IssueMethod { Counter = 1, Mail = 2 }

public enum ReviewChannel { Device = 1, QrCode = 2, Sms = 3, Online = 4 }

public enum ComplaintChannel { Window = 1, Hotline = 2, Online = 3 }

public enum ComplaintCategory
{
    MultipleTrips = 1,     // 跑多次
    BuckPassing = 2,       // 推诿扯皮
    Attitude = 3,          // 态度
    Overtime = 4,          // 超时
    UnclearMaterials = 5,  // 材料要求不清
    Other = 6,             // 其他
}

public enum AttendanceStatus { Present = 1, Late = 2, Absent = 3, Leave = 4 }

/// <summary>Maps the contract's wire strings to enums and back, in one place.</summary>
public static class EventVocabulary
{
    public static readonly IReadOnlyDictionary<string, CaseChannel> CaseChannels = new Dictionary<string, CaseChannel>
    {
        ["onsite"] = CaseChannel.Onsite, ["online"] = CaseChannel.Online, ["selfservice"] = CaseChannel.SelfService,
    };

    public static readonly IReadOnlyDictionary<string, CaseOutcome> Outcomes = new Dictionary<string, CaseOutcome>
    {
        ["approved"] = CaseOutcome.Approved, ["denied"] = CaseOutcome.Denied,
    };

    public static readonly IReadOnlyDictionary<string, IssueMethod> IssueMethods = new Dictionary<string, IssueMethod>
    {
        ["counter"] = IssueMethod.Counter, ["mail"] = IssueMethod.Mail,
    };

    public static readonly IReadOnlyDictionary<string, ReviewChannel> ReviewChannels = new Dictionary<string, ReviewChannel>
    {
        ["device"] = ReviewChannel.Device, ["qrcode"] = ReviewChannel.QrCode, ["sms"] = ReviewChannel.Sms, ["online"] = ReviewChannel.Online,
    };

    public static readonly IReadOnlyDictionary<string, ComplaintChannel> ComplaintChannels = new Dictionary<string, ComplaintChannel>
    {
        ["window"] = ComplaintChannel.Window, ["hotline"] = ComplaintChannel.Hotline, ["online"] = ComplaintChannel.Online,
    };

    public static readonly IReadOnlyDictionary<string, ComplaintCategory> ComplaintCategories = new Dictionary<string, ComplaintCategory>
    {
        ["multiple_trips"] = ComplaintCategory.MultipleTrips, ["buck_passing"] = ComplaintCategory.BuckPassing,
        ["attitude"] = ComplaintCategory.Attitude, ["overtime"] = ComplaintCategory.Overtime,
        ["unclear_materials"] = ComplaintCategory.UnclearMaterials, ["other"] = ComplaintCategory.Other,
    };

    public static readonly IReadOnlyDictionary<string, AttendanceStatus> AttendanceStatuses = new Dictionary<string, AttendanceStatus>
    {
        ["present"] = AttendanceStatus.Present, ["late"] = AttendanceStatus.Late,
        ["absent"] = AttendanceStatus.Absent, ["leave"] = AttendanceStatus.Leave,
    };

    public static string ToWire<TEnum>(IReadOnlyDictionary<string, TEnum> map, TEnum value) where TEnum : struct, Enum =>
        map.First(pair => EqualityComparer<TEnum>.Default.Equals(pair.Value, value)).Key;
}
