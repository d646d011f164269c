using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Export.Bulletins;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Queries.Orders;
using Supervision.Web.Data.Entities;
using Supervision.Web.Ingestion.Store;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Orders;

/// <summary>
/// Every change to an order: raise (numbered 督办〔年〕N号 per year, deadline from the working-day calendar),
/// sign, answer with evidence, return, close; and evidence downloads. Each call checks the user, then all
/// of the input, then writes in one save, then records the audit entry and tells open pages.
/// Pages and the API both come through here.
/// </summary>
public sealed class OrderService(
    IDbContextFactory<SupervisionDbContext> contexts,
    WorkingCalendarSource calendars,
    OrderAccess access,
    IAuditLog audit,
    OrderChanges changes,
    OrderQueries queries,
    TimeProvider time)
{
    private const int NumberAttempts = 5;

    /// <exception cref="OrderDeniedException">Not a county supervisor.</exception>
    /// <exception cref="DomainException">Invalid input (Chinese message).</exception>
    public async Task<SupervisionOrder> RaiseAsync(ClaimsPrincipal user, AuditActor actor, NewOrder input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!OrderAccess.CanSupervise(user))
        {
            throw new OrderDeniedException("只有县局管理员和督查员可以下发督办单。");
        }
        if (!Enum.IsDefined(input.Source))
        {
            throw new DomainException("请选择督办来源。");
        }
        var problem = OrderRules.Text(input.Problem, "存在问题");
        var requirement = OrderRules.Text(input.Requirement, "整改要求");
        OrderRules.CheckDeadlineDays(input.DeadlineDays);
        var raisedAt = time.GetUtcNow();
        var deadline = OrderRules.Deadline(calendars.Current, raisedAt, input.DeadlineDays);
        var year = WorkingCalendar.LocalDate(raisedAt).Year;

        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await db.Towns.AnyAsync(t => t.Code == input.Town, cancellationToken))
            {
                throw new DomainException($"未知镇街代码“{input.Town}”。");
            }
            var subject = await CheckSubjectAsync(db, input, cancellationToken);
            var number = 1 + (await db.Set<SupervisionOrder>().Where(o => o.Year == year).MaxAsync(o => (int?)o.Number, cancellationToken) ?? 0);
            var order = new SupervisionOrder
            {
                Year = year,
                Number = number,
                Town = input.Town,
                Source = input.Source,
                Subject = subject,
                Problem = problem,
                Requirement = requirement,
                DeadlineDays = input.DeadlineDays,
                Deadline = deadline.At,
                DeadlineProvisional = deadline.Provisional,
                RaisedBy = NameOf(user),
                RaisedAt = raisedAt,
            };
            db.Add(order);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e) && attempt < NumberAttempts)
            {
                continue; // someone else took this number meanwhile
            }
            await AfterAsync(actor, OrderActions.Raised, order,
                new { order.Source, order.Subject, order.Problem, order.Requirement, order.DeadlineDays, order.Deadline }, cancellationToken);
            return order;
        }
    }

    public Task<SupervisionOrder> SignAsync(ClaimsPrincipal user, AuditActor actor, string town, long id, CancellationToken cancellationToken) =>
        ChangeAsync(user, town, id, byTown: true, (order, db, now) =>
        {
            order.Sign(NameOf(user), now);
            return new { order.State };
        }, actor, OrderActions.Signed, cancellationToken);

    /// <summary>整改反馈 with evidence files; every file is checked before anything is written.</summary>
    public Task<SupervisionOrder> AnswerAsync(
        ClaimsPrincipal user, AuditActor actor, string town, long id, string? measures, IReadOnlyList<EvidenceFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        return ChangeAsync(user, town, id, byTown: true, (order, db, now) =>
        {
            if (files.Count > EvidenceRules.MaxFiles)
            {
                throw new DomainException($"一次最多上传 {EvidenceRules.MaxFiles} 个证明材料。");
            }
            var checkedFiles = files.Select(f => (File: f, Checked: EvidenceRules.Check(f.FileName, f.Content))).ToList();
            order.Answer(measures ?? "", NameOf(user), now);
            foreach (var (file, (name, type)) in checkedFiles)
            {
                db.Add(new OrderEvidence
                {
                    OrderId = order.Id,
                    FileName = name,
                    ContentType = type,
                    Size = file.Content.Length,
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)),
                    UploadedBy = NameOf(user),
                    UploadedAt = now,
                    Content = file.Content,
                });
            }
            return new { order.Measures, Evidence = checkedFiles.Select(f => new { f.Checked.Name, f.File.Content.Length }).ToList() };
        }, actor, OrderActions.Answered, cancellationToken);
    }

    public Task<SupervisionOrder> ReturnAsync(ClaimsPrincipal user, AuditActor actor, string town, long id, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(user, town, id, byTown: false, (order, db, now) =>
        {
            order.Return(reason ?? "", now);
            return new { order.ReturnReason, order.ReturnCount };
        }, actor, OrderActions.Returned, cancellationToken);

    public Task<SupervisionOrder> CloseAsync(ClaimsPrincipal user, AuditActor actor, string town, long id, CancellationToken cancellationToken) =>
        ChangeAsync(user, town, id, byTown: false, (order, db, now) =>
        {
            order.Close(NameOf(user), now);
            return new { order.ClosedOnTime };
        }, actor, OrderActions.Closed, cancellationToken);

    /// <summary>An evidence file of an order of <paramref name="town"/>, recording the download.</summary>
    /// <exception cref="OrderDeniedException">The user may not see this town's orders.</exception>
    /// <exception cref="OrderNotFoundException">No such file on that order of that town.</exception>
    public async Task<OrderEvidence> DownloadEvidenceAsync(
        ClaimsPrincipal user, AuditActor actor, string town, long id, long evidenceId, CancellationToken cancellationToken)
    {
        if (!access.CanSee(user, town))
        {
            throw new OrderDeniedException("您无权查看该镇（街道）的督办单。");
        }
        var (order, evidence) = await queries.EvidenceAsync(town, id, evidenceId, cancellationToken)
            ?? throw new OrderNotFoundException("证明材料不存在。");
        await audit.WriteAsync(actor, OrderActions.EvidenceDownloaded, $"{town}/{order.Label}",
            new { evidence.Id, evidence.FileName, evidence.Sha256 }, cancellationToken);
        return evidence;
    }

    private async Task<SupervisionOrder> ChangeAsync(
        ClaimsPrincipal user, string town, long id, bool byTown,
        Func<SupervisionOrder, SupervisionDbContext, DateTimeOffset, object> change,
        AuditActor actor, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (byTown ? !access.CanAnswer(user, town) : !(OrderAccess.CanSupervise(user) && access.CanSee(user, town)))
        {
            throw new OrderDeniedException(byTown ? "只有本镇（街道）的镇街领导可以签收和反馈督办单。" : "只有县局管理员和督查员可以退回或销号督办单。");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.Set<SupervisionOrder>().SingleOrDefaultAsync(o => o.Id == id && o.Town == town, cancellationToken)
            ?? throw new OrderNotFoundException("督办单不存在，可能已被删除，请刷新页面。");
        var details = change(order, db, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await AfterAsync(actor, action, order, details, cancellationToken);
        return order;
    }

    private async Task AfterAsync(AuditActor actor, string action, SupervisionOrder order, object details, CancellationToken cancellationToken)
    {
        await audit.WriteAsync(actor, action, $"{order.Town}/{order.Label}", details, cancellationToken);
        changes.Publish(new OrderChange(order.Id, order.Town, order.State));
    }

    /// <summary>The subject in its stored form, checked to exist in the order's town (a hand-raised order has none).</summary>
    private static async Task<string?> CheckSubjectAsync(SupervisionDbContext db, NewOrder input, CancellationToken ct)
    {
        var id = input.Subject?.Trim() ?? "";
        if (input.Source == OrderSource.Manual)
        {
            return null;
        }
        if (id.Length == 0)
        {
            throw new DomainException($"来源为“{OrderNames.Of(input.Source)}”的督办单必须指明对应的记录。");
        }
        var (prefix, exists) = input.Source switch
        {
            OrderSource.RedCard => ("case", await db.Set<CaseRecord>().AnyAsync(c => c.Town == input.Town && c.CaseId == id, ct)),
            OrderSource.OverdueReview => ("review", await db.Set<ReviewRecord>().AnyAsync(r => r.Town == input.Town && r.ReviewId == id, ct)),
            OrderSource.OverdueComplaint => ("complaint", await db.Set<ComplaintRecord>().AnyAsync(c => c.Town == input.Town && c.ComplaintId == id, ct)),
            OrderSource.OverduePilotTask => ("task", long.TryParse(id, out var task)
                && await db.Set<PilotTask>().AnyAsync(t => t.TownCode == input.Town && t.Id == task, ct)),
            _ => ("bulletin", await BulletinExistsAsync(db, id, ct)),
        };
        return exists ? $"{prefix}:{id}" : throw new DomainException($"本镇（街道）没有编号为“{id}”的{OrderNames.Of(input.Source)}记录。");
    }

    /// <summary>A bulletin subject is <c>{year}/{number}</c> of an issued bulletin.</summary>
    private static async Task<bool> BulletinExistsAsync(SupervisionDbContext db, string id, CancellationToken ct) =>
        id.Split('/') is [var y, var n] && int.TryParse(y, out var year) && int.TryParse(n, out var number)
        && await db.Set<IssuedBulletin>().AnyAsync(b => b.Year == year && b.Number == number, ct);

    private static string NameOf(ClaimsPrincipal user) => user.Identity?.Name ?? "未登录用户";
}
