namespace Supervision.Web.Settings;

/// <summary>
/// The stored form of a revision: a JSON object of field key → number, in field order, and under
/// <see cref="ApplicabilityProperty"/> each target's applicability (halls, towns, effective-from).
/// </summary>
internal static class SettingsJson
{
    public const string ApplicabilityProperty = "$applicability";

    public static string Write(SupervisionSettings settings)
    {
        var json = new JsonObject();
        foreach (var (key, value) in settings.ToValues())
        {
            json[key] = value;
        }
        var scopes = new JsonObject();
        foreach (var (key, a) in settings.Applicabilities())
        {
            scopes[key.ToString()] = ToJson(a);
        }
        json[ApplicabilityProperty] = scopes;
        return json.ToJsonString();
    }

    /// <summary>
    /// Reads a stored revision. Keys no longer known (a field removed by a later version) are skipped and
    /// fields added since keep their default, so old revisions stay readable; a revision written before
    /// targets had an applicability gets the documented defaults.
    /// </summary>
    public static SupervisionSettings Read(string json)
    {
        var root = JsonNode.Parse(json)?.AsObject() ?? [];
        var values = root
            .Where(p => p.Key != ApplicabilityProperty && SettingFields.Find(p.Key) is not null && p.Value is not null)
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<decimal>());
        var settings = SupervisionSettings.FromValues(values, out _);
        if (root[ApplicabilityProperty] is JsonObject scopes)
        {
            foreach (var (name, node) in scopes)
            {
                if (Enum.TryParse<TargetKey>(name, out var key) && node is JsonObject a)
                {
                    settings.Targets.SetApplicability(key, FromJson(a));
                }
            }
        }
        return settings;
    }

    public static JsonObject ToJson(TargetApplicability a) => new()
    {
        ["halls"] = a.Halls.ToString(),
        ["towns"] = new JsonArray([.. a.Towns.Select(t => (JsonNode)JsonValue.Create(t))]),
        ["from"] = a.EffectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static TargetApplicability FromJson(JsonObject a) => new(
        Enum.Parse<TargetHalls>(a["halls"]!.GetValue<string>()),
        a["towns"]?.AsArray().Select(t => t!.GetValue<string>()).ToList() ?? [],
        a["from"]?.GetValue<string>() is { } from ? DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
}
