using Supervision.Domain.Events;
using Supervision.Domain.Events.Validation;

namespace Supervision.Domain.Import;

/// <summary>How the template's cells are written: Chinese choices, Beijing times, material lists.</summary>
public static class ImportValues
{
    public const string TimeFormatHint = "yyyy-MM-dd HH:mm 或 yyyy-MM-dd HH:mm:ss（北京时间）";

    public static readonly IReadOnlyDictionary<string, CaseChannel> Channels = new Dictionary<string, CaseChannel>
    {
        ["现场"] = CaseChannel.Onsite, ["网上"] = CaseChannel.Online, ["自助终端"] = CaseChannel.SelfService,
    };

    public static readonly IReadOnlyDictionary<string, CaseOutcome> Outcomes = new Dictionary<string, CaseOutcome>
    {
        ["准予"] = CaseOutcome.Approved, ["不予"] = CaseOutcome.Denied,
    };

    public static readonly IReadOnlyDictionary<string, IssueMethod> IssueMethods = new Dictionary<string, IssueMethod>
    {
        ["窗口领取"] = IssueMethod.Counter, ["邮寄"] = IssueMethod.Mail,
    };

    /// <summary>Separators between materials in 一次性告知材料.</summary>
    public static readonly char[] MaterialSeparators = ['、', '；', ';', '\n'];

    // Spreadsheet users type dates either way; seconds are optional. A date without a time is refused:
    // the hour decides deadlines and same-day figures.
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-M-d H:mm:ss", "yyyy-M-d H:mm",
        "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm",
    ];

    /// <summary>Reads a local Beijing time; writes it back the way <see cref="FormatTime"/> does.</summary>
    public static bool TryParseTime(string text, out DateTimeOffset time)
    {
        if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            time = new DateTimeOffset(local, Calendar.WorkingCalendar.ChinaOffset);
            return true;
        }
        time = default;
        return false;
    }

    public static string FormatTime(DateTimeOffset time) =>
        time.ToOffset(Calendar.WorkingCalendar.ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Choices<T>(IReadOnlyDictionary<string, T> map) => EventReasons.Alternatives(map.Keys);
}
