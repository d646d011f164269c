namespace Supervision.Domain.Calendar;

/// <summary>A span between two instants, e.g. a paused special procedure (特别程序) of a case.</summary>
public readonly record struct InstantRange(DateTimeOffset Start, DateTimeOffset End);
