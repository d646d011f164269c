using Supervision.Web.Security.Audit;

namespace Supervision.Web.Export;

/// <summary>Who generated or downloaded a bulletin or an export, as recorded with it and in the audit log.</summary>
public sealed record ExportActor(string Name, string? Ip)
{
    public const string Anonymous = "未登录用户";

    public static ExportActor From(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return From(http.User, http.Connection.RemoteIpAddress?.ToString());
    }

    public static ExportActor From(ClaimsPrincipal? user, string? ip) =>
        new(user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous, ip);

    /// <summary>The command line: the operating-system account that ran it, named as in the audit log (<c>cli:root</c>).</summary>
    public static ExportActor CommandLine() => new(AuditActor.CommandLine.Name!, null);
}
