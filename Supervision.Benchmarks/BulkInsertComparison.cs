using System.Diagnostics;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Supervision.Benchmarks;

/// <summary>Appending the same event rows to the event table: linq2db bulk copy against EF AddRange + SaveChanges.</summary>
internal static class BulkInsertComparison
{
    private const int Runs = 5;

    public static async Task RunAsync(TempDatabase database, int rows)
    {
        await using var _ = database;
        using var app = new BenchmarkApp(database.Provider, database.ConnectionString);
        app.StartServer();
        var contexts = app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();

        List<StoredEvent> template;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var receivedAt = DateTimeOffset.UtcNow;
            template = (await MonthOfEvents.GenerateAsync(db, scale: 4)).Take(rows).Select(e => new StoredEvent
            {
                Id = e.Id, Type = e.Type, Town = e.Town, Subject = e.Subject, At = e.At.ToUniversalTime(),
                ReceivedAt = receivedAt, Payload = EventJson.Serialize(e),
            }).ToList();
        }
        Console.WriteLine($"{database.Provider}: {template.Count:N0} event rows per run, median of {Runs} runs");

        var multipleRows = await MeasureAsync(contexts, template, (db, list) => db.BulkCopyAsync(EventStore.BulkOptions(db, BulkCopyType.MultipleRows), list));
        Report("BulkCopy MultipleRows", multipleRows, template.Count);
        if (database.Provider == "Postgres")
        {
            var binary = await MeasureAsync(contexts, template, (db, list) => db.BulkCopyAsync(EventStore.BulkOptions(db, BulkCopyType.ProviderSpecific), list));
            Report("BulkCopy ProviderSpecific (COPY BINARY)", binary, template.Count);
            Console.WriteLine($"  ratio MultipleRows ÷ ProviderSpecific = {multipleRows.TotalMilliseconds / binary.TotalMilliseconds:N1}×");
        }
        if (database.Provider == "Sqlite")
        {
            var rowByRow = await MeasureAsync(contexts, template, (db, list) => db.BulkCopyAsync(EventStore.BulkOptions(db, BulkCopyType.RowByRow), list));
            Report("BulkCopy RowByRow", rowByRow, template.Count);
            var prepared = await MeasureAsync(contexts, template, PreparedInsertAsync);
            Report("hand-written prepared INSERT", prepared, template.Count);
        }
        var efCore = await MeasureAsync(contexts, template, async (db, list) =>
        {
            db.Set<StoredEvent>().AddRange(list);
            await db.SaveChangesAsync();
        });
        Report("EF AddRange + SaveChanges", efCore, template.Count);
        var production = await MeasureAsync(contexts, template, (db, list) => EventStore.InsertAsync(db, list, CancellationToken.None));
        Report("EventStore.InsertAsync (what ingestion uses)", production, template.Count);
        Console.WriteLine($"  ratio EF ÷ BulkCopy MultipleRows = {efCore.TotalMilliseconds / multipleRows.TotalMilliseconds:N1}×");
        Console.WriteLine($"  ratio EF ÷ EventStore.InsertAsync = {efCore.TotalMilliseconds / production.TotalMilliseconds:N1}×");
    }

    private static async Task<TimeSpan> MeasureAsync(
        IDbContextFactory<SupervisionDbContext> contexts, List<StoredEvent> template, Func<SupervisionDbContext, List<StoredEvent>, Task> insert)
    {
        EventStore.EnsureLinqToDb();
        var times = new List<TimeSpan>();
        for (var run = 0; run <= Runs; run++)
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.Set<StoredEvent>().ExecuteDeleteAsync();
            var rows = template.Select(r => new StoredEvent
            {
                Id = r.Id, Type = r.Type, Town = r.Town, Subject = r.Subject, At = r.At, ReceivedAt = r.ReceivedAt, Payload = r.Payload,
            }).ToList();
            var clock = Stopwatch.StartNew();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await insert(db, rows);
                await transaction.CommitAsync();
            }
            clock.Stop();
            if (run > 0)
            {
                times.Add(clock.Elapsed); // run 0 warms up JIT and the connection pool
            }
        }
        times.Sort();
        return times[times.Count / 2];
    }

    // What SQLite itself manages on this machine: one prepared statement, rebound per row, same transaction.
    private static async Task PreparedInsertAsync(SupervisionDbContext db, List<StoredEvent> rows)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = "INSERT INTO Events (Id, Type, Town, Subject, At, ReceivedAt, Payload) VALUES ($id, $type, $town, $subject, $at, $received, $payload)";
        var parameters = new[] { "$id", "$type", "$town", "$subject", "$at", "$received", "$payload" }.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync();
        foreach (var row in rows)
        {
            parameters[0].Value = row.Id;
            parameters[1].Value = row.Type;
            parameters[2].Value = row.Town;
            parameters[3].Value = row.Subject;
            parameters[4].Value = row.At.UtcTicks;
            parameters[5].Value = row.ReceivedAt.UtcTicks;
            parameters[6].Value = row.Payload;
            await command.ExecuteNonQueryAsync();
        }
    }

    private static void Report(string name, TimeSpan median, int rows) =>
        Console.WriteLine($"  {name,-40} {median.TotalMilliseconds,8:N0} ms  {rows / median.TotalSeconds,10:N0} rows/s");
}
