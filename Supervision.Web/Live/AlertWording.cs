using Supervision.Web.Common;
using Supervision.Web.Queries.Reference;

namespace Supervision.Web.Live;

/// <summary>
/// Alerts in the words of the pages: staff, items and windows by name (a code the reference data do
/// not know reads “code（未登记）”), moments as <see cref="ZhFormat.Moment(DateTimeOffset, DateTimeOffset)"/>.
/// </summary>
public sealed class AlertWording(ReferenceNames names) : IAlertWording
{
    public string Staff(string id) => names.StaffName(id);

    public string Item(string code) => names.Item(code);

    public string Window(string code) => names.Window(code);

    public string Moment(DateTimeOffset instant, DateTimeOffset now) => ZhFormat.Moment(instant, now);
}
