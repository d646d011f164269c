using Microsoft.Extensions.Logging;
using MudBlazor.Services;
using Supervision.Domain.Reference;
using Supervision.Tests.Domain.Calendar;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Web.Components.Fakes;
using Supervision.Web.Components.Pages;
using Supervision.Web.Queries;
using StaffMember = Supervision.Domain.Reference.Staff;

namespace Supervision.Tests.Web.Components.Pages;

/// <summary>
/// A small county for the list pages: two pilot halls and one other, a few items and staff, in a
/// private SQLite database; the clock stands at 2020-10-15 10:00 China time. Tests add their own records.
/// </summary>
public abstract partial class ListsWorld : IAsyncLifetime
{
    public const string Nanma = "370323001";
    public const string Lishan = "370323002";
    public const string Yuezhuang = "370323101";

    public static readonly DateTimeOffset Now = new(2020, 10, 15, 10, 0, 0, WorkingCalendar.ChinaOffset);

    private TestDatabase? _database;

    protected ListsWorld()
    {
        Context.Services.AddMudServices();
        // MudBlazor calls JavaScript for layout and popovers; bUnit runs none of it.
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddSingleton<IAccessScope, HallAccess>();
        Context.Services.AddScoped<CurrentUser>();
        Authorization = Context.AddAuthorization();
        Authorization.SetAuthorized("inspector");
        Authorization.SetRoles(SupervisionRoles.Inspector);
    }

    /// <summary>Signed in as an inspector (county reach) unless a test signs in as a town leader.</summary>
    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>Signs in as the 南麻街道 leader: the lists are bound to that town.</summary>
    protected void SignInAsNanmaLeader()
    {
        Authorization.SetAuthorized("leader-nanma");
        Authorization.SetRoles(SupervisionRoles.TownLeader);
        Authorization.SetClaims(new System.Security.Claims.Claim(SupervisionClaims.Town, Nanma));
    }

    protected BunitContext Context { get; } = new();

    protected FakeTimeProvider Time { get; } = new(Now);

    protected FakeFigureQueries Queries { get; } = new()
    {
        Towns = [new(Nanma, "南麻街道", true), new(Lishan, "历山街道", true), new(Yuezhuang, "悦庄镇", false)],
    };

    protected ManagementAccessSwitch Access { get; } = new();

    /// <summary>Who may export: everyone unless a test says otherwise.</summary>
    protected ExportAccessSwitch Exports { get; } = new();

    internal FakeLiveNotifier Notifier { get; } = new();

    protected RecordingManagementAudit ManagementAudit { get; } = new();

    /// <summary>The settings in force (revision 1: the documented defaults) until a test saves another revision.</summary>
    protected SettingsStore Settings { get; private set; } = null!;

    protected TestDatabase Database => _database ?? throw new InvalidOperationException("数据库尚未创建。");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = Database.CreateContext())
        {
            SeedReference(db);
            await db.SaveChangesAsync();
        }
        Context.Services.AddSingleton(Database.ContextFactory);
        Context.Services.AddSingleton<TimeProvider>(Time);
        Context.Services.AddSingleton<IFigureQueries>(Queries);
        Context.Services.AddSingleton(SeedCalendar.Seeded);
        Context.Services.AddSingleton(HallHours.Default);
        Context.Services.AddSingleton<WorkingCalendarSource>();
        Context.Services.AddSingleton<IExportAccess>(Exports);
        Context.Services.AddSingleton<Supervision.Web.Export.Tables.ExportProgress>();
        Context.Services.AddSingleton(new FigureCalculator());
        // The real store: a revision saved by a test is in force for the pages as it is in the app.
        Settings = new SettingsStore(Database.ContextFactory, new AuditLog(Database.ContextFactory, Time), Time,
            new ConfigurationBuilder().Build(), NullLogger<SettingsStore>.Instance);
        await Settings.LoadAsync();
        Context.Services.AddSingleton<ISettingsProvider>(Settings);
        Context.Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Context.Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Context.Services.AddSingleton<ReadReferenceCache>();
        Context.Services.AddQueries();
        Context.Services.AddManagement();
        Context.Services.AddSingleton<IManagementAccess>(Access);
        Context.Services.AddSingleton<IManagementAudit>(ManagementAudit);
        Context.Services.AddSingleton<ILiveNotifier>(Notifier);
    }

    public async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Saves one setting as the county administrator would in 系统配置.</summary>
    protected Task SaveSettingAsync(string key, decimal value) =>
        Settings.SaveAsync(new AuditActor("county-admin", null), Settings.Current.Revision, Settings.Current.Settings.With(key, value), "测试修改");

    protected async Task SeedAsync(Action<SupervisionDbContext> add)
    {
        await using var db = Database.CreateContext();
        add(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Renders a page inside the providers MudBlazor's popovers need.</summary>
    protected IRenderedComponent<TPage> RenderPage<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        Context.Render<MudPopoverProvider>();
        return parameters is null ? Context.Render<TPage>() : Context.Render<TPage>(parameters);
    }

    protected static void WaitFor<TPage>(IRenderedComponent<TPage> cut, Action assertion) where TPage : IComponent =>
        cut.WaitForAssertion(assertion, TimeSpan.FromSeconds(20));

    private static void SeedReference(SupervisionDbContext db)
    {
        db.Towns.AddRange(
            new Town { Code = Nanma, Name = "南麻街道", Kind = TownKind.Subdistrict, IsPilot = true },
            new Town { Code = Lishan, Name = "历山街道", Kind = TownKind.Subdistrict, IsPilot = true },
            new Town { Code = Yuezhuang, Name = "悦庄镇", Kind = TownKind.Town, IsPilot = false });
        db.Departments.Add(new Department { Code = "RS", Name = "人力资源和社会保障所" });
        db.ServiceItems.AddRange(
            Item("RS-001", "城乡居民养老保险参保登记", 0),
            Item("RS-002", "城乡居民养老保险待遇申领", 5),
            Item("RS-003", "就业创业证申领", 3),
            Item("RS-004", "灵活就业人员登记", 2));
        db.Windows.AddRange(
            new Window { Code = $"{Nanma}-01", TownCode = Nanma, Number = 1, Name = "1号综合受理窗口", Kind = WindowKind.Comprehensive },
            new Window { Code = $"{Nanma}-09", TownCode = Nanma, Number = 9, Name = "9号统一出件窗口", Kind = WindowKind.UnifiedIssuing });
        db.Staff.AddRange(
            new StaffMember { Id = $"{Nanma}-S01", TownCode = Nanma, Name = "张伟", Role = StaffRole.ComprehensiveAcceptance, Trained = true },
            new StaffMember { Id = $"{Nanma}-S02", TownCode = Nanma, Name = "李娜", Role = StaffRole.ComprehensiveAcceptance, Trained = true },
            new StaffMember { Id = $"{Lishan}-S01", TownCode = Lishan, Name = "王芳", Role = StaffRole.Issuing, Trained = false });
        // 南麻: 4 stationed from May, 3 enabled from 09-30 → 75.0 % in October, 0.0 % before.
        foreach (var code in new[] { "RS-001", "RS-002", "RS-003", "RS-004" })
        {
            db.HallItemStatuses.Add(Status(Nanma, code, new DateOnly(2020, 5, 1), true, false));
        }
        foreach (var code in new[] { "RS-001", "RS-002", "RS-003" })
        {
            db.HallItemStatuses.Add(Status(Nanma, code, new DateOnly(2020, 9, 30), true, true));
        }
        // 历山: 2 stationed, both enabled → 100.0 %. 悦庄: nothing stationed → “—”.
        db.HallItemStatuses.Add(Status(Lishan, "RS-001", new DateOnly(2020, 6, 1), true, true));
        db.HallItemStatuses.Add(Status(Lishan, "RS-002", new DateOnly(2020, 6, 1), true, true));
    }

    private static ServiceItem Item(string code, string name, int days) =>
        new() { Code = code, Name = name, DepartmentCode = "RS", PromisedDays = days, StatutoryDays = days + 10 };

    internal static HallItemStatus Status(string town, string item, DateOnly from, bool stationed, bool enabled) =>
        new() { TownCode = town, ItemCode = item, EffectiveFrom = from, Stationed = stationed, OneWindowEnabled = enabled };
}

/// <summary>Lets a test decide whether exports are allowed.</summary>
public sealed class ExportAccessSwitch : IExportAccess
{
    public bool Allowed { get; set; } = true;

    /// <summary>As a town leader's: exports of this town only.</summary>
    public string? OnlyTown { get; set; }

    public bool CanExport(System.Security.Claims.ClaimsPrincipal user, string? townCode) => Allowed && (OnlyTown is null || townCode == OnlyTown);
}

/// <summary>Lets a test decide whether the current user is a county administrator.</summary>
public sealed class ManagementAccessSwitch : IManagementAccess
{
    public bool Allowed { get; set; } = true;

    public Task<bool> CanManageAsync(CancellationToken cancellationToken) => Task.FromResult(Allowed);
}

/// <summary>Keeps the changes the management services report, as the audit log would.</summary>
public sealed class RecordingManagementAudit : IManagementAudit
{
    public List<(string Action, string Target)> Entries { get; } = [];

    public Task RecordAsync(string action, string target, object details, CancellationToken cancellationToken)
    {
        lock (Entries)
        {
            Entries.Add((action, target));
        }
        return Task.CompletedTask;
    }
}
