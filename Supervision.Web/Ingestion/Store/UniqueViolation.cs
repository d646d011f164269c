using Microsoft.Data.Sqlite;
using Npgsql;

namespace Supervision.Web.Ingestion.Store;

/// <summary>Recognises a unique-key violation from either provider, however deeply EF or linq2db wrapped it.</summary>
internal static class UniqueViolation
{
    private const int SqliteConstraint = 19;

    public static bool Is(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
                || e is SqliteException { SqliteErrorCode: SqliteConstraint })
            {
                return true;
            }
        }
        return false;
    }
}
