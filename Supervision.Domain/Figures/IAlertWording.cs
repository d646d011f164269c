namespace Supervision.Domain.Figures;

/// <summary>
/// How <see cref="AlertRules"/> names what an alert mentions: staff, items and windows by their names
/// from the reference data, moments in the pages' zh-CN form. The live layer supplies it; the rules
/// decide what an alert says, the wording how a code or a time reads.
/// </summary>
public interface IAlertWording
{
    string Staff(string id);

    string Item(string code);

    string Window(string code);

    /// <summary>A deadline or due time, as seen at <paramref name="now"/>.</summary>
    string Moment(DateTimeOffset instant, DateTimeOffset now);
}
