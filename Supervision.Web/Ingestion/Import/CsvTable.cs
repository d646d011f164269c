using Supervision.Web.Common;

namespace Supervision.Web.Ingestion.Import;

/// <summary>
/// Reads an import CSV as Excel writes it (see <see cref="CsvRecords"/>), spaces around fields dropped.
/// The first record is the header. Row numbers count records, as a spreadsheet shows them.
/// </summary>
public static class CsvTable
{
    /// <exception cref="FormatException">A quoted field is never closed.</exception>
    public static ImportTable Parse(string text)
    {
        var records = CsvRecords.Read(text, trim: true);
        if (records.Count == 0)
        {
            return new ImportTable([], []);
        }
        return new ImportTable(records[0].Fields, records.Skip(1).Select(r => new ImportRow(r.Number, r.Fields)).ToList());
    }
}
