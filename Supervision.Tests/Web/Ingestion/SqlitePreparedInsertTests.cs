using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Ingestion;

/// <summary>
/// Ingestion writes SQLite rows through its own prepared statements; what lands in each column must be
/// exactly what EF would have written (same storage class, same text), or EF queries would miss rows.
/// </summary>
public sealed class SqlitePreparedInsertTests
{
    private static readonly string[] Tables =
    [
        "Events", "CaseRecords", "TicketRecords", "ReviewRecords", "ComplaintRecords", "AttendanceRecords",
        "SubjectDays", "TownDayRollups", "StaffDayRollups", "ItemDayRollups",
    ];

    [Fact]
    public async Task Every_column_written_by_ingestion_holds_what_ef_core_writes()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var app = IngestionApp.Start(database);
        var events = await app.QueryAsync(d => MonthOfEvents.GenerateAsync(d));
        var ingestor = app.Services.GetRequiredService<IEventIngestor>();
        foreach (var batch in events.Chunk(5000))
        {
            await ingestor.IngestAsync(batch, townScope: null, CancellationToken.None);
        }
        var written = await QuotedAsync(database.ConnectionString);

        await app.QueryAsync(RewriteThroughEfAsync);
        var rewritten = await QuotedAsync(database.ConnectionString);

        Assert.True(written["CaseRecords"].Count > 1000, "the month should hold a realistic number of cases");
        foreach (var table in Tables)
        {
            Assert.True(written[table].SequenceEqual(rewritten[table]),
                $"{table}: ingestion wrote {written[table].Except(rewritten[table]).FirstOrDefault()}, " +
                $"EF writes {rewritten[table].Except(written[table]).FirstOrDefault()}");
        }
    }

    private static async Task<int> RewriteThroughEfAsync(SupervisionDbContext db)
    {
        await RewriteAsync<StoredEvent>(db);
        await RewriteAsync<CaseRecord>(db);
        await RewriteAsync<TicketRecord>(db);
        await RewriteAsync<ReviewRecord>(db);
        await RewriteAsync<ComplaintRecord>(db);
        await RewriteAsync<AttendanceRecord>(db);
        await RewriteAsync<SubjectDay>(db);
        await RewriteAsync<TownDayRollup>(db);
        await RewriteAsync<StaffDayRollup>(db);
        await RewriteAsync<ItemDayRollup>(db);
        return 0;
    }

    private static async Task RewriteAsync<T>(SupervisionDbContext db) where T : class
    {
        var rows = await db.Set<T>().AsNoTracking().ToListAsync();
        await db.Set<T>().ExecuteDeleteAsync();
        db.AddRange(rows);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    /// <summary>Each table's rows as SQLite literals (quote() keeps the storage class visible), sorted.</summary>
    private static async Task<Dictionary<string, List<string>>> QuotedAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var result = new Dictionary<string, List<string>>();
        foreach (var table in Tables)
        {
            var columns = new List<string>();
            await using (var info = connection.CreateCommand())
            {
                info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
                await using var reader = await info.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add(reader.GetString(0));
                }
            }
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT {string.Join(" || '|' || ", columns.Select(c => $"quote(\"{c}\")"))} FROM \"{table}\"";
            var rows = new List<string>();
            await using (var reader = await select.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows.Add(reader.GetString(0));
                }
            }
            rows.Sort(StringComparer.Ordinal);
            result[table] = rows;
        }
        return result;
    }
}
