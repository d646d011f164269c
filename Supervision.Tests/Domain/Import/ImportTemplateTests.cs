using Supervision.Domain.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Domain.Import;

/// <summary>docs/import.md documents the template the parser reads: same columns, order and required flags.</summary>
public sealed class ImportTemplateTests
{
    private const string Start = "<!-- template-columns:start -->";
    private const string End = "<!-- template-columns:end -->";

    [Fact]
    public void Columns_documented_in_docs_import_md_are_the_columns_the_parser_reads()
    {
        var documented = DocumentedColumns();

        Assert.Equal(ImportColumns.All.Select(c => (c.Name, c.Required)), documented);
    }

    [Fact]
    public void Example_files_header_is_the_template_in_order()
    {
        var header = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "seed-data", "import-example.csv")).First();

        Assert.Equal(ImportColumns.All.Select(c => c.Name), header.Split(','));
    }

    // Rows of the Markdown table between the markers: | 列名 | 必填 | … |, required written 是 or 否.
    private static List<(string Name, bool Required)> DocumentedColumns()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root(), "docs", "import.md"));
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/import.md must hold the column table between {Start} and {End}");
        return text[(start + Start.Length)..end]
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('|') && !line.StartsWith("| 列名", StringComparison.Ordinal) && !line.StartsWith("|--", StringComparison.Ordinal) && !line.StartsWith("| --", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (cells[1].Trim('`'), cells[2] == "是"))
            .ToList();
    }
}
