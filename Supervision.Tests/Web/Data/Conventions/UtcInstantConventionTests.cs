using Supervision.Tests.Support.Databases;
using Supervision.Web.Data.Conventions;

namespace Supervision.Tests.Web.Data.Conventions;

internal sealed class InstantProbe
{
    public int Id { get; set; }
    public DateTimeOffset At { get; set; }
    public DateTimeOffset? Closed { get; set; }
}

internal sealed class InstantProbeContext(DbContextOptions options) : SupervisionDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<InstantProbe>().Property(p => p.Id).ValueGeneratedNever();
    }
}

public sealed class UtcInstantConverterTests
{
    [Fact]
    public void Stores_the_utc_tick_count_whatever_the_offset()
    {
        var chinaTime = new DateTimeOffset(2020, 10, 9, 9, 0, 0, TimeSpan.FromHours(8));

        Assert.Equal(new DateTimeOffset(2020, 10, 9, 1, 0, 0, TimeSpan.Zero).Ticks, UtcInstantConverter.ToStored(chinaTime));
    }

    [Fact]
    public void Reads_back_the_same_instant_in_utc()
    {
        var chinaTime = new DateTimeOffset(2020, 10, 9, 9, 0, 0, 123, TimeSpan.FromHours(8)).AddTicks(4567);

        var read = UtcInstantConverter.FromStored(UtcInstantConverter.ToStored(chinaTime));

        Assert.Equal((chinaTime, TimeSpan.Zero), (read, read.Offset));
    }

    [Fact]
    public void Nullable_instants_get_the_converter_too()
    {
        var options = new DbContextOptionsBuilder<InstantProbeContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new InstantProbeContext(options);

        var property = db.Model.FindEntityType(typeof(InstantProbe))!.FindProperty(nameof(InstantProbe.Closed))!;

        Assert.IsType<UtcInstantConverter>(property.GetValueConverter());
    }
}

/// <summary>
/// The convention applies to every DateTimeOffset property of any entity, so instants sort and compare
/// by time on both providers. A probe entity stands in for the event tables other areas add.
/// </summary>
public abstract class UtcInstantConventionTests(DatabaseProvider provider)
{
    private static SupervisionDbContext CreateContext(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<InstantProbeContext>();
        DatabaseContexts.Configure(options, database.Settings);
        return new InstantProbeContext(options.Options);
    }

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [DatabaseFact]
    public async Task Instants_with_different_offsets_are_ordered_and_filtered_by_time()
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using (var db = CreateContext(database))
        {
            await db.Database.EnsureCreatedAsync();
            db.AddRange(
                new InstantProbe { Id = 1, At = new DateTimeOffset(2020, 10, 9, 9, 0, 0, China) },      // 01:00 UTC
                new InstantProbe { Id = 2, At = new DateTimeOffset(2020, 10, 9, 0, 30, 0, TimeSpan.Zero) }, // 00:30 UTC
                new InstantProbe { Id = 3, At = new DateTimeOffset(2020, 10, 9, 10, 0, 0, China), Closed = new DateTimeOffset(2020, 10, 9, 3, 0, 0, TimeSpan.Zero) });
            await db.SaveChangesAsync();
        }

        await using var reader = CreateContext(database);
        var from = new DateTimeOffset(2020, 10, 9, 8, 45, 0, China);
        var ids = await reader.Set<InstantProbe>().Where(p => p.At >= from).OrderByDescending(p => p.At).Select(p => p.Id).ToListAsync();
        var closed = await reader.Set<InstantProbe>().Where(p => p.Closed != null).SingleAsync();

        Assert.Equal([3, 1], ids);
        Assert.Equal(new DateTimeOffset(2020, 10, 9, 11, 0, 0, China), closed.Closed);
    }
}

public sealed class SqliteUtcInstantConventionTests() : UtcInstantConventionTests(DatabaseProvider.Sqlite);

public sealed class PostgresUtcInstantConventionTests() : UtcInstantConventionTests(DatabaseProvider.Postgres), IUsesPostgres;
