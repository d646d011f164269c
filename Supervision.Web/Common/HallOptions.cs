namespace Supervision.Web.Common;

/// <summary>Configuration section <c>Hall</c>: the hall's opening hours, <c>Hall:Opening</c> (default 08:30) and <c>Hall:ClosingTime</c> (default 17:30).</summary>
public sealed class HallOptions : IValidatableObject
{
    public const string Section = "Hall";

    private static readonly string[] Formats = ["HH:mm", "H:mm", "HH:mm:ss"];

    public string? Opening { get; set; }

    public string? ClosingTime { get; set; }

    /// <summary>The hours in force; call on validated options.</summary>
    public HallHours ToHallHours() =>
        new(Parse(Opening) ?? HallHours.Default.Opening, Parse(ClosingTime) ?? HallHours.Default.Closing);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var opening = Read(Opening, nameof(Opening), HallHours.Default.Opening, out var openingError);
        var closing = Read(ClosingTime, nameof(ClosingTime), HallHours.Default.Closing, out var closingError);
        var errors = new[] { openingError, closingError }.OfType<ValidationResult>().ToList();
        if (errors.Count == 0 && closing <= opening)
        {
            errors.Add(new ValidationResult(
                $"配置 {Section}:{nameof(ClosingTime)}（{closing:HH\\:mm}）必须晚于 {Section}:{nameof(Opening)}（{opening:HH\\:mm}）"));
        }
        return errors;
    }

    private static TimeOnly Read(string? text, string member, TimeOnly fallback, out ValidationResult? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (Parse(text) is { } time)
        {
            return time;
        }
        error = new ValidationResult("应为 HH:mm，例如 08:30", [member]);
        return fallback;
    }

    private static TimeOnly? Parse(string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && TimeOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;
}
