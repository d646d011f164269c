using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace Supervision.Web.Data;

/// <summary>
/// Tells a database that is away (server down, restarting, unreachable) from a bug: such errors are
/// answered with 503 and Retry-After, or a Chinese notice on pages, instead of a 500.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>Seconds a client is asked to wait before retrying (the Retry-After header).</summary>
    public const int RetryAfterSeconds = 5;

    public const string Title = "数据库暂时不可用";

    public const string IngestDetail = "数据库暂时无法连接，本批次未写入，请稍后按 Retry-After 所示秒数重试。已确认（200）的事件不受影响。";

    public const string PageDetail = "数据库暂时无法连接，页面数据无法读取。请稍后刷新；已上报的数据不会丢失。";

    /// <summary>
    /// Drops idle pooled PostgreSQL connections after an outage. Each one still points at the server that
    /// went away, and would otherwise fail one more request after the server is back.
    /// </summary>
    public static void ForgetPooledConnections(Exception exception)
    {
        if (Is(exception))
        {
            NpgsqlConnection.ClearAllPools();
        }
    }

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // Npgsql marks connection failures, timeouts and server shutdowns (57P01, 57P03, 08xxx) transient.
            if (e is DbException { IsTransient: true } or SocketException or TimeoutException)
            {
                return true;
            }
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(Is))
            {
                return true;
            }
        }
        return false;
    }
}
