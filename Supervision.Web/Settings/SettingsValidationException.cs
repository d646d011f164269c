namespace Supervision.Web.Settings;

/// <summary>A save was refused; <see cref="Errors"/> carries one Chinese message per field (or "" for the whole save).</summary>
public sealed class SettingsValidationException(IReadOnlyList<SettingError> errors)
    : Exception(string.Join(" ", errors.Select(e => e.Message)))
{
    public const string General = "";

    public IReadOnlyList<SettingError> Errors { get; } = errors;

    public static SettingsValidationException Of(string message) => new([new SettingError(General, message)]);
}
