namespace Supervision.Web.Ingestion.Import;

/// <summary>The file cannot be read as a spreadsheet at all. The message is Chinese and names the file.</summary>
public sealed class ImportFileException(string message, Exception? inner = null) : Exception(message, inner);
