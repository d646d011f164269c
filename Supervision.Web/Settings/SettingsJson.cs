using System.Text.Json;
using Supervision.Domain.Settings;

namespace Supervision.Web.Settings;

/// <summary>The stored form of a revision's values: a JSON object of field key → number, in field order.</summary>
internal static class SettingsJson
{
    public static string Write(SupervisionSettings settings) => JsonSerializer.Serialize(settings.ToValues());

    /// <summary>
    /// Reads a stored revision. Keys no longer known (a field removed by a later version) are skipped and
    /// fields added since keep their default, so old revisions stay readable.
    /// </summary>
    public static SupervisionSettings Read(string json)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, decimal>>(json) ?? [];
        return SupervisionSettings.FromValues(
            values.Where(v => SettingFields.Find(v.Key) is not null).ToDictionary(), out _);
    }
}
