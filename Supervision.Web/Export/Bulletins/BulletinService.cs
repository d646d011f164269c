using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data.Stores;
using Supervision.Web.Queries.Bulletins;
using Supervision.Web.Data.Entities;
using Supervision.Web.Ingestion.Store;
using Supervision.Web.Routing;

namespace Supervision.Web.Export.Bulletins;

/// <summary>
/// Issues bulletins: checks the period, reads the content, numbers it (第N期 = the N-th bulletin
/// issued in that year, China time), writes the workbook with the issuer's edits, stores it and records
/// it in the audit log; corrects (更正: same number, next revision, the old file kept and marked
/// superseded) and withdraws (撤回) them. The page, the API and the CLI all come through here.
/// A stored workbook is never rewritten.
/// </summary>
public sealed class BulletinService(
    BulletinContentLoader loader,
    IssuedBulletinsReader bulletins,
    IssuedBulletinStore store,
    IExportAudit audit,
    TimeProvider time)
{
    public const string CountyScope = "county";
    private const int NumberAttempts = 5;

    public DateOnly Today => WorkingCalendar.LocalDate(time.GetUtcNow());

    /// <summary>The period of the options, checked to be over (<see cref="Domain.DomainException"/> otherwise).</summary>
    public Period ResolvePeriod(string? week, string? month, string? from, string? to)
    {
        var period = BulletinPeriods.Parse(week, month, from, to);
        BulletinPeriods.EnsureIssuable(period, Today);
        return period;
    }

    /// <summary>
    /// What the page shows before 印发: the content, the edits as generated (summary, praise, criticism) with
    /// the document fields remembered from the last issue, and the workbook as it would be issued now.
    /// </summary>
    public async Task<BulletinDraft> DraftAsync(Period period, ExportActor actor, BulletinEdits? edits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(actor);
        BulletinPeriods.EnsureIssuable(period, Today);
        var content = await loader.LoadAsync(period, cancellationToken);
        var now = time.GetUtcNow();
        var year = WorkingCalendar.LocalDate(now).Year;
        var number = await bulletins.NextNumberAsync(year, cancellationToken);
        var defaults = await DefaultsAsync(content, year, number, actor, cancellationToken);
        var chosen = edits ?? defaults;
        var identity = new BulletinIdentity(year, number, now, actor.Name) { DataAsOf = content.DataAsOf ?? now };
        return new BulletinDraft(content, defaults, chosen, identity, BulletinWorkbook.Build(content, identity, chosen));
    }

    /// <summary>
    /// Issues the bulletin of <paramref name="period"/>, its text and fields as generated and remembered,
    /// changed by <paramref name="edit"/> (null: as generated).
    /// </summary>
    public async Task<IssuedBulletinInfo> IssueAsync(
        Period period, Func<BulletinEdits, BulletinEdits>? edit, ExportActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(actor);
        BulletinPeriods.EnsureIssuable(period, Today);
        var content = await loader.LoadAsync(period, cancellationToken);
        var issuedAt = time.GetUtcNow();
        var year = WorkingCalendar.LocalDate(issuedAt).Year;

        for (var attempt = 1; ; attempt++)
        {
            var number = await bulletins.NextNumberAsync(year, cancellationToken);
            var defaults = await DefaultsAsync(content, year, number, actor, cancellationToken);
            var chosen = edit is null ? defaults : edit(defaults);
            Validate(chosen, content);
            var identity = new BulletinIdentity(year, number, issuedAt, actor.Name) { DataAsOf = content.DataAsOf ?? issuedAt };
            var bulletin = Row(content, identity, chosen);
            try
            {
                await store.AddAsync(bulletin, cancellationToken);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e) && attempt < NumberAttempts)
            {
                continue; // someone else took this number meanwhile
            }
            var info = IssuedBulletinInfo.Of(bulletin);
            await audit.BulletinIssuedAsync(actor, info.Audit, cancellationToken);
            return info;
        }
    }

    /// <summary>
    /// 更正: issues the bulletin in force as 第<paramref name="number"/>期 again from today's data, with the same
    /// number and 「（更正）」, and marks the one it replaces superseded (its file stays as it was). The text is
    /// generated again, the fields kept from the corrected issue, both changed by <paramref name="edit"/>.
    /// Null when there is no such bulletin.
    /// </summary>
    public async Task<IssuedBulletinInfo?> CorrectAsync(
        int year, int number, string? reason, Func<BulletinEdits, BulletinEdits>? edit, ExportActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireReason(reason, "更正");
        var current = await InForceAsync(year, number, "更正", cancellationToken);
        if (current is null)
        {
            return null;
        }
        var content = await loader.LoadAsync(Period.Parse(current.Period, time.GetUtcNow()), cancellationToken);
        var defaults = Defaults(content, current.DocumentNumber, current, actor);
        var chosen = edit is null ? defaults : edit(defaults);
        Validate(chosen, content);
        var now = time.GetUtcNow();
        var identity = new BulletinIdentity(year, number, now, actor.Name)
        {
            Revision = current.Revision + 1,
            DataAsOf = content.DataAsOf ?? now,
            Correction = $"本件更正{BulletinPeriods.ZhDate(WorkingCalendar.LocalDate(current.GeneratedAt))}印发的{current.Title}，原件作废。更正原因：{reason!.Trim()}",
        };
        var corrected = Row(content, identity, chosen);
        SetState(current, BulletinState.Superseded, reason, actor, now);
        try
        {
            await store.SaveStateAsync(current, corrected, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            throw BulletinInputException.One("reason", $"{current.Title}刚被他人更正，请刷新后再试。");
        }
        var info = IssuedBulletinInfo.Of(corrected);
        await audit.BulletinCorrectedAsync(actor, info.Audit, IssuedBulletinInfo.Of(current).Audit, reason.Trim(), cancellationToken);
        return info;
    }

    /// <summary>撤回: the bulletin in force as 第<paramref name="number"/>期 is withdrawn (its file stays downloadable, marked). Null when there is none.</summary>
    public async Task<IssuedBulletinInfo?> WithdrawAsync(int year, int number, string? reason, ExportActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireReason(reason, "撤回");
        var current = await InForceAsync(year, number, "撤回", cancellationToken);
        if (current is null)
        {
            return null;
        }
        SetState(current, BulletinState.Withdrawn, reason, actor, time.GetUtcNow());
        await store.SaveStateAsync(current, null, cancellationToken);
        var info = IssuedBulletinInfo.Of(current);
        await audit.BulletinWithdrawnAsync(actor, info.Audit, reason!.Trim(), cancellationToken);
        return info;
    }

    /// <summary>
    /// The stored workbook of 第<paramref name="number"/>期 of <paramref name="year"/> — its latest revision, or
    /// <paramref name="revision"/> — recording the download; null when there is none.
    /// </summary>
    public async Task<(IssuedBulletinInfo Info, byte[] Content)?> DownloadAsync(
        int year, int number, int? revision, ExportActor actor, CancellationToken cancellationToken)
    {
        var bulletin = await bulletins.RevisionAsync(year, number, revision, cancellationToken);
        if (bulletin is null)
        {
            return null;
        }
        var info = IssuedBulletinInfo.Of(bulletin);
        await audit.BulletinDownloadedAsync(actor, info.Audit, cancellationToken);
        return (info, bulletin.Content);
    }

    /// <summary>Issued bulletins and their corrections, newest first.</summary>
    public Task<IReadOnlyList<IssuedBulletinInfo>> ListAsync(CancellationToken cancellationToken) =>
        bulletins.ListAsync(IssuedBulletinInfo.Projection, cancellationToken);

    /// <summary>
    /// Whether later data has moved the figures of <paramref name="bulletin"/>'s period since it was issued,
    /// i.e. issuing it again today would print other figures (the page then asks for a 更正).
    /// </summary>
    public async Task<bool> HasMovedAsync(IssuedBulletinInfo bulletin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        if (bulletin.Fingerprint.Length == 0)
        {
            return false; // issued before fingerprints were kept: unknown, not reported
        }
        var (facts, _) = await loader.LoadFactsAsync(Period.Parse(bulletin.Period, time.GetUtcNow()), cancellationToken);
        return BulletinFingerprint.Of(facts) != bulletin.Fingerprint;
    }

    private static IssuedBulletin Row(BulletinContent content, BulletinIdentity identity, BulletinEdits edits) => new()
    {
        Year = identity.Year,
        Number = identity.Number,
        Revision = identity.Revision,
        Period = content.Period.ToString(),
        PeriodLabel = content.Period.Label,
        Scope = CountyScope,
        Title = identity.Title,
        Summary = edits.Summary,
        Praise = string.Join('\n', edits.Praise),
        Criticism = string.Join('\n', edits.Criticism),
        DocumentNumber = edits.DocumentNumber.Trim(),
        MainRecipients = edits.MainRecipients.Trim(),
        CopyTo = edits.CopyTo.Trim(),
        Signer = edits.Signer.Trim(),
        GeneratedBy = identity.IssuedBy,
        GeneratedAt = identity.IssuedAt,
        DataAsOf = identity.DataAsOf,
        Fingerprint = content.Fingerprint,
        Content = BulletinWorkbook.Build(content, identity, edits),
    };

    private static void Validate(BulletinEdits edits, BulletinContent content)
    {
        var problems = edits.Problems(content.Towns.Select(t => t.Name));
        if (problems.Count > 0)
        {
            throw new BulletinInputException(problems);
        }
    }

    private static void RequireReason(string? reason, string action)
    {
        if (BulletinEdits.ReasonProblem(reason, action) is { } problem)
        {
            throw BulletinInputException.One("reason", problem);
        }
    }

    private static void SetState(IssuedBulletin bulletin, BulletinState state, string? reason, ExportActor actor, DateTimeOffset at)
    {
        bulletin.State = state;
        bulletin.StateReason = reason?.Trim();
        bulletin.StateChangedBy = actor.Name;
        bulletin.StateChangedAt = at;
    }

    /// <summary>The revision in force of 第N期; null when there is no such bulletin; refused when it was withdrawn.</summary>
    private async Task<IssuedBulletin?> InForceAsync(int year, int number, string action, CancellationToken cancellationToken)
    {
        var latest = await bulletins.RevisionAsync(year, number, null, cancellationToken);
        if (latest is { State: BulletinState.Withdrawn })
        {
            throw BulletinInputException.One("state", $"{latest.Title}已撤回，不能再{action}。");
        }
        return latest;
    }

    /// <summary>The generated text, with 主送/抄送/签发人 as last issued and the 文号 advanced from the last one.</summary>
    private async Task<BulletinEdits> DefaultsAsync(
        BulletinContent content, int year, int number, ExportActor actor, CancellationToken cancellationToken)
    {
        var last = await bulletins.LastStoredAsync(cancellationToken);
        return Defaults(content, BulletinEdits.NextDocumentNumber(last?.DocumentNumber, year, number), last, actor);
    }

    private static BulletinEdits Defaults(BulletinContent content, string documentNumber, IssuedBulletin? last, ExportActor actor) => new(
        content.Summary,
        content.Praise,
        content.Criticism,
        documentNumber,
        last is { MainRecipients.Length: > 0 } ? last.MainRecipients : BulletinEdits.DefaultMainRecipients,
        last is not null ? last.CopyTo : BulletinEdits.DefaultCopyTo,
        // Until someone signs a bulletin, the issuer is named as its signer.
        last is { Signer.Length: > 0 } ? last.Signer : actor.Name);
}

/// <summary>
/// A bulletin before 印发: its content, the edits as generated (<see cref="Defaults"/>), the edits shown
/// (<see cref="Edits"/>), the number it would get and its workbook as it would be issued.
/// </summary>
public sealed record BulletinDraft(BulletinContent Content, BulletinEdits Defaults, BulletinEdits Edits, BulletinIdentity Identity, byte[] Workbook);
