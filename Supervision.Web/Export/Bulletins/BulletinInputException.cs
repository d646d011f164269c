namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// Bulletin input that cannot be accepted (an empty summary, a hall both praised and criticised, a
/// correction without a reason…): every problem by field, in Chinese. Nothing was written.
/// </summary>
public sealed class BulletinInputException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join("；", errors.Values.SelectMany(v => v)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static BulletinInputException One(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
