using System.Buffers.Text;

namespace Supervision.Web.Security.ApiKeys;

/// <summary>The shape of a secret and how it is recognised without being stored.</summary>
public static class ApiKeySecret
{
    public const string Marker = "sv_";
    public const int PrefixLength = 10;

    public static string Generate() => Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    // A plain hash suffices (no salt, no stretching): the secret is 256 random bits, not a password.
    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string PrefixOf(string secret) => secret[..Math.Min(PrefixLength, secret.Length)];
}
