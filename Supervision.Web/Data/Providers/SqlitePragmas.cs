using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Supervision.Web.Data.Providers;

/// <summary>
/// Per-connection SQLite settings (pragmas other than journal_mode are not stored in the file).
/// <c>synchronous=NORMAL</c> in WAL mode syncs at checkpoints instead of at every commit: a committed
/// batch survives the process being killed (the durability test does exactly that) and is only at risk
/// if the operating system itself crashes before the next checkpoint. A larger page cache keeps the
/// event-id and record indexes that every batch probes in memory, and checkpointing every 16,384
/// pages (64 MB of WAL) instead of 1,000 keeps a 5,000-event batch from paying a checkpoint on
/// nearly every commit (commit 100 → 20 ms measured, docs/benchmarks.md).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Sql = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768; PRAGMA wal_autocheckpoint=16384;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
