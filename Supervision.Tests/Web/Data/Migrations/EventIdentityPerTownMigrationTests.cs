using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;
using Supervision.Tests.Support.Databases;
using Supervision.Web.Data;
using Supervision.Web.Ingestion;
using Supervision.Web.Ingestion.Store;
using Supervision.Web.Data.Entities;

namespace Supervision.Tests.Web.Data.Migrations;

/// <summary>
/// A database holding events under the previous schema (ids unique county-wide) upgrades to identity
/// (town, id) without losing a row, and afterwards keeps one town's id apart from another's.
/// </summary>
public abstract class EventIdentityPerTownMigrationTests(DatabaseProvider provider)
{
    private const string Migration = "EventIdentityPerTown";
    private static readonly DateTimeOffset At = new(2020, 6, 1, 9, 30, 0, TimeSpan.FromHours(8));

    private static readonly TicketIssued Issued = new() { Id = "e-0001", Town = "370323001", At = At, Ticket = "A001", Category = "综合受理" };

    private static readonly HallEvent[] Events =
    [
        Issued,
        new TicketIssued { Id = "e-0002", Town = "370323101", At = At.AddMinutes(1), Ticket = "B001", Category = "综合受理" },
        new CaseResumed { Id = "e-0003", Town = "370323001", At = At.AddMinutes(2), Case = "C1" },
    ];

    [DatabaseFact]
    public async Task Events_stored_before_the_migration_are_all_there_after_it()
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(PreviousMigration(db));
            foreach (var e in Events)
            {
                await InsertWithSqlAsync(db, e);
            }
            await db.Database.MigrateAsync();
        }

        await using var reader = database.CreateContext();
        var rows = await reader.Set<StoredEvent>().AsNoTracking().OrderBy(e => e.Seq).ToListAsync();
        Assert.Equal(
            Events.Select(e => (e.Town, e.Id, e.Type, e.Subject, EventJson.Serialize(e))),
            rows.Select(r => (r.Town, r.Id, r.Type, r.Subject, r.Payload)));
        Assert.Equal(Events.Select(e => e.At.UtcDateTime), rows.Select(r => r.At.UtcDateTime));
    }

    [DatabaseFact]
    public async Task After_the_migration_an_id_is_unique_per_town_only()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var own = EventIngestor.ToRow(Issued, At);

        await AppendAsync(db, own);
        await AppendAsync(db, EventIngestor.ToRow(Issued with { Town = "370323101" }, At));
        var again = await Record.ExceptionAsync(() => AppendAsync(db, EventIngestor.ToRow(Issued with { Ticket = "A002" }, At)));

        Assert.True(UniqueViolation.Is(again), $"expected a unique violation, got {again}");
        Assert.Equal(2, await db.Set<StoredEvent>().CountAsync(e => e.Id == own.Id));
    }

    // The migration just before this one, whatever it is named: the schema production databases had.
    private static string PreviousMigration(SupervisionDbContext db)
    {
        var all = db.Database.GetMigrations().ToList();
        var index = all.FindIndex(m => m.EndsWith("_" + Migration, StringComparison.Ordinal));
        Assert.True(index > 0, $"migration {Migration} not found after another one");
        return all[index - 1];
    }

    // Plain SQL, as the previous schema's application wrote rows; instants are UTC ticks (docs/migrations.md).
    private static Task InsertWithSqlAsync(SupervisionDbContext db, HallEvent e)
    {
        var (id, type, town, subject, at, payload) = (e.Id, e.Type, e.Town, e.Subject, e.At.UtcTicks, EventJson.Serialize(e));
        return db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Events" ("Id", "Type", "Town", "Subject", "At", "ReceivedAt", "Payload") VALUES ({id}, {type}, {town}, {subject}, {at}, {at}, {payload})""");
    }

    private static async Task AppendAsync(SupervisionDbContext db, StoredEvent row)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await EventStore.AppendAsync(db, [row], CancellationToken.None);
        await transaction.CommitAsync();
    }
}

public sealed class SqliteEventIdentityPerTownMigrationTests() : EventIdentityPerTownMigrationTests(DatabaseProvider.Sqlite);

public sealed class PostgresEventIdentityPerTownMigrationTests() : EventIdentityPerTownMigrationTests(DatabaseProvider.Postgres), IUsesPostgres;
