using System.Security.Cryptography;

namespace Supervision.Domain.Import;

/// <summary>
/// Event ids of imported cases: a hash of town, 办件编号 and the step, so importing the same file
/// again produces the same ids and the store counts them as duplicates. Hashing keeps the id within
/// the contract's 64 characters whatever the length of the 办件编号.
/// </summary>
public static class ImportEventIds
{
    public const string Prefix = "imp-";

    public static string For(string town, string caseId, string step)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{town}\n{caseId}\n{step}"), hash);
        // 120 bits: collisions are out of the question for any county's history.
        return Prefix + Convert.ToHexStringLower(hash[..15]);
    }
}
