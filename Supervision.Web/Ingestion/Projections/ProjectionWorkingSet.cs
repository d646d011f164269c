using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Changes;
using Supervision.Web.Ingestion.Store;

namespace Supervision.Web.Ingestion.Projections;

/// <summary>
/// The events and current record of the subjects this process wrote last, so a batch that continues
/// them (a case's events arrive over hours or days) reads neither back from the database.
/// It mirrors committed rows only while this process is the one writer of the SQLite file: each batch
/// first compares the event table's highest sequence number with the one this process left behind, and
/// starts from empty when anyone else (a <c>simulate</c> or <c>import</c> run) wrote in between.
/// PostgreSQL is shared by several nodes, so there it stays off. Used only under <see cref="IngestionWriteLock"/>.
/// </summary>
public sealed class ProjectionWorkingSet(IOptions<IngestionOptions> options)
{
    private readonly int _capacity = options.Value.WorkingSetSubjects;

    // Two generations: the older one is dropped whole when the newer fills, keeping the recently used.
    private Dictionary<string, SubjectState> _recent = new(StringComparer.Ordinal);
    private Dictionary<string, SubjectState> _older = new(StringComparer.Ordinal);
    private long? _watermark;

    public sealed record SubjectState(IReadOnlyList<HallEvent> Events, object Record);

    /// <summary>What a batch knows of its subjects before reading the database.</summary>
    public sealed record Prior(List<HallEvent> Events, RecordSet Records, IReadOnlyList<string> Unknown);

    /// <summary>Whether this batch may use the working set: on SQLite, and nobody else wrote since our last commit.</summary>
    public async Task<bool> BeginAsync(SupervisionDbContext db, CancellationToken ct)
    {
        if (_capacity <= 0 || !db.Database.IsSqlite())
        {
            return false;
        }
        var top = await EventStore.LastSeqAsync(db, ct);
        if (top != _watermark)
        {
            Forget();
        }
        return true;
    }

    public Prior Split(IEnumerable<string> subjects)
    {
        var events = new List<HallEvent>();
        var records = new RecordSet();
        var unknown = new List<string>();
        foreach (var subject in subjects)
        {
            if (Find(subject) is { } state)
            {
                events.AddRange(state.Events);
                records.Add(subject, state.Record);
            }
            else
            {
                unknown.Add(subject);
            }
        }
        return new Prior(events, records, unknown);
    }

    /// <summary>
    /// Takes in what a batch is about to commit: each refolded subject's events and record, and the new
    /// record of subjects changed without new events. Run the returned action once the transaction has committed.
    /// </summary>
    public async Task<Action> PrepareAsync(
        SupervisionDbContext db, IReadOnlyDictionary<string, IReadOnlyList<HallEvent>> bySubject, RecordSet records, CancellationToken ct)
    {
        var top = await EventStore.LastSeqAsync(db, ct);
        return () =>
        {
            foreach (var subject in records.Subjects())
            {
                var record = records.Record(subject)!;
                if (bySubject.TryGetValue(subject, out var all))
                {
                    Put(subject, new SubjectState(all, record));
                }
                else if (Find(subject) is { } known)
                {
                    Put(subject, known with { Record = record });
                }
            }
            _watermark = top;
        };
    }

    /// <summary>After a failed batch, or anything else that may have left the database unlike the mirror.</summary>
    public void Forget()
    {
        _recent = new(StringComparer.Ordinal);
        _older = new(StringComparer.Ordinal);
        _watermark = null;
    }

    private SubjectState? Find(string subject) =>
        _recent.TryGetValue(subject, out var state) || _older.TryGetValue(subject, out state) ? state : null;

    private void Put(string subject, SubjectState state)
    {
        if (_recent.Count >= _capacity && !_recent.ContainsKey(subject))
        {
            _older = _recent;
            _recent = new(StringComparer.Ordinal);
        }
        _recent[subject] = state;
        _older.Remove(subject);
    }
}
