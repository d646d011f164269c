namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// A digest of what a bulletin publishes about its period: the generated summary (county figures of this
/// period and the one before, praise and criticism) and every hall's rank, score and misses. Equal
/// digests mean later data has not moved the published figures.
/// </summary>
public static class BulletinFingerprint
{
    public static string Of(BulletinFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var text = new StringBuilder(BulletinText.Summary(facts));
        foreach (var hall in facts.Ranking)
        {
            text.Append('\n').Append(hall.Town).Append('|').Append(hall.Rank?.ToString(CultureInfo.InvariantCulture))
                .Append('|').Append(hall.Score?.ToString(CultureInfo.InvariantCulture))
                .Append('|').Append(string.Join(",", hall.Figures.Misses.Select(m => m.Figure + m.Actual)));
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}
