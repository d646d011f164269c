using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;
using Supervision.Web.Data;

namespace Supervision.Web.Ingestion.Store;

/// <summary>
/// Inserts rows on SQLite with one prepared INSERT rebound per row, inside the caller's EF transaction.
/// SQLite has no bulk protocol, so this is the fastest way in. It talks to the SQLite statement
/// directly: Microsoft.Data.Sqlite's command looks every parameter up by name on every execution,
/// which cost more than SQLite's own work (docs/benchmarks.md). Columns, names and value conversions
/// come from the EF model, and values are bound as Microsoft.Data.Sqlite binds them, so rows are
/// stored exactly as EF would store them (checked column by column in the tests).
/// </summary>
internal static class SqlitePreparedInsert
{
    private static readonly ConcurrentDictionary<(Type Context, Type Row, bool Replace), Statement> Statements = new();

    /// <param name="replace">INSERT OR REPLACE: a row with the same primary key is overwritten.</param>
    public static Task InsertAsync<T>(SupervisionDbContext db, IReadOnlyCollection<T> rows, bool replace, CancellationToken ct) where T : class
    {
        ct.ThrowIfCancellationRequested();
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }
        var statement = Statements.GetOrAdd((db.GetType(), typeof(T), replace), key => Statement.For(db.Model, key.Row, key.Replace));
        if (db.Database.GetDbConnection() is not SqliteConnection { State: System.Data.ConnectionState.Open, Handle: { } handle })
        {
            throw new InvalidOperationException("批量写入须在事务内进行。");
        }

        // Synchronous on purpose: SQLite does no asynchronous I/O, and an async wrapper would cost per row.
        Check(raw.sqlite3_prepare_v2(handle, statement.Sql, out var prepared), handle);
        using (prepared)
        {
            foreach (var row in rows)
            {
                for (var i = 0; i < statement.Columns.Length; i++)
                {
                    Check(statement.Columns[i].Bind(prepared, i + 1, row), handle);
                }
                var done = raw.sqlite3_step(prepared);
                raw.sqlite3_reset(prepared);
                if (done != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(done, handle);
                }
            }
        }
        return Task.CompletedTask;
    }

    private static void Check(int rc, sqlite3 handle)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, handle);
        }
    }

    private sealed class Column(IProperty property, RelationalTypeMapping mapping)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();
        private readonly Func<object?, object?>? _toProvider = (property.GetValueConverter() ?? mapping.Converter)?.ConvertToProvider;

        public IProperty Property => property;

        public int Bind(sqlite3_stmt statement, int index, object row)
        {
            var value = _getter.GetClrValueUsingContainingEntity(row);
            if (value is not null && _toProvider is not null)
            {
                value = _toProvider(value);
            }
            // The same storage classes and text formats as Microsoft.Data.Sqlite's value binder.
            return value switch
            {
                null => raw.sqlite3_bind_null(statement, index),
                string text => raw.sqlite3_bind_text(statement, index, text),
                long number => raw.sqlite3_bind_int64(statement, index, number),
                int number => raw.sqlite3_bind_int64(statement, index, number),
                short number => raw.sqlite3_bind_int64(statement, index, number),
                byte number => raw.sqlite3_bind_int64(statement, index, number),
                bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
                double real => raw.sqlite3_bind_double(statement, index, real),
                float real => raw.sqlite3_bind_double(statement, index, real),
                DateOnly day => raw.sqlite3_bind_text(statement, index, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                _ => throw new NotSupportedException($"列 {property.Name} 的类型 {value.GetType().Name} 不能直接写入 SQLite。"),
            };
        }
    }

    private sealed record Statement(string Sql, Column[] Columns)
    {
        public static Statement For(IModel model, Type rowType, bool replace)
        {
            var entity = model.FindEntityType(rowType) ?? throw new InvalidOperationException($"模型中没有 {rowType.Name}。");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            // Store-generated keys (the event sequence) are left to the database.
            var columns = entity.GetProperties()
                .Where(p => !(p.ValueGenerated == ValueGenerated.OnAdd && p.IsPrimaryKey()))
                .Select(p => new Column(p, p.GetRelationalTypeMapping()))
                .ToArray();
            var names = string.Join(", ", columns.Select(c => Quote(c.Property.GetColumnName(table)!)));
            var values = string.Join(", ", columns.Select((_, i) => $"?{i + 1}"));
            return new Statement($"INSERT {(replace ? "OR REPLACE " : "")}INTO {Quote(table.Name)} ({names}) VALUES ({values})", columns);
        }

        private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
