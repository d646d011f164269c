namespace Supervision.Web.Security.Accounts;

/// <summary>Configuration section <c>Bootstrap</c>: how the first administrator is created.</summary>
public sealed class BootstrapOptions : IValidatableObject
{
    public const string Section = "Bootstrap";

    /// <summary>The first <c>admin</c>'s password; unset: generated and shown once in the start-up banner.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>The account password rule (at least 10 characters, letters and digits), checked before anything is created.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(AdminPassword)
            && (AdminPassword.Length < 10 || !AdminPassword.Any(char.IsAsciiDigit) || !AdminPassword.Any(char.IsAsciiLetter)))
        {
            // The value is not echoed: it is a password.
            yield return new ValidationResult("配置 Bootstrap:AdminPassword 无效：密码至少 10 位，须含英文字母和数字");
        }
    }
}
