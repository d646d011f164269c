using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Cli;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Queries.Audit;

namespace Supervision.Web.Security.Audit;

/// <param name="time">The real clock (<see cref="SecurityClock"/>): the log says when things really happened.</param>
/// <param name="commandLine">Set in a command-line run: its start-up work is recorded as done by whoever ran it.</param>
internal sealed class AuditLog(
    IDbContextFactory<SupervisionDbContext> contexts,
    [FromKeyedServices(SecurityClock.Key)] TimeProvider time,
    CommandLineRun? commandLine = null) : IAuditLog
{
    // The search is a read like any other: through Queries, over the same database.
    private readonly AuditEntriesReader _reader = new(contexts);

    // Chinese details stay readable in the table and in database tools.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task WriteAsync(AuditActor actor, string action, string? target, object? details = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = Truncate(actor.Name ?? (commandLine is null ? null : CommandLineRun.ActorName), 200),
            Action = action,
            Target = Truncate(target, 400),
            Details = details is null ? null : JsonSerializer.Serialize(details, Json),
            Ip = Truncate(actor.Ip, 64),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (entries, total) = await _reader.SearchAsync(query.Actor, query.Action, query.From, query.To, query.Page, query.PageSize, cancellationToken);
        return new AuditPage(entries, total);
    }

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
