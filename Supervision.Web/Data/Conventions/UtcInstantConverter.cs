using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Supervision.Web.Data.Conventions;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> instant as its UTC ticks (a 64-bit integer) and reads it
/// back with offset zero.
/// </summary>
/// <remarks>
/// Why ticks: SQLite has no date type, and EF Core's SQLite provider cannot translate ORDER BY or
/// comparisons on DateTimeOffset (it stores offset-bearing text that does not sort by instant).
/// A UTC tick count sorts and compares correctly as INTEGER on SQLite and bigint on PostgreSQL, is
/// lossless (100 ns resolution), and gives both providers the same column type, so raw SQL and
/// linq2db see identical values. <see cref="SupervisionDbContext"/> applies it by convention to every
/// <c>DateTimeOffset</c> and <c>DateTimeOffset?</c> property, so new entities need no configuration;
/// instants come back as UTC and are converted to China time (+08:00) only for display and bucketing.
/// Member translations such as <c>At.Date</c> are not available in queries: compare whole instants.
/// </remarks>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, long>(
    instant => instant.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero))
{
    /// <summary>The value a column holds for <paramref name="instant"/>; handy in raw SQL parameters.</summary>
    public static long ToStored(DateTimeOffset instant) => instant.UtcTicks;

    public static DateTimeOffset FromStored(long ticks) => new(ticks, TimeSpan.Zero);
}
