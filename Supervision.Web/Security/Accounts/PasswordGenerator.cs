namespace Supervision.Web.Security.Accounts;

/// <summary>Strong one-time passwords for new accounts and resets, readable aloud (no 0/O, 1/l/I).</summary>
public static class PasswordGenerator
{
    private const string Letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    public static string Generate(int length = 16)
    {
        var all = Letters + Digits;
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }
        // The password rules need a letter and a digit; put one of each at random places.
        var letterAt = RandomNumberGenerator.GetInt32(length);
        var digitAt = (letterAt + 1 + RandomNumberGenerator.GetInt32(length - 1)) % length;
        chars[letterAt] = Letters[RandomNumberGenerator.GetInt32(Letters.Length)];
        chars[digitAt] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        return new string(chars);
    }
}
