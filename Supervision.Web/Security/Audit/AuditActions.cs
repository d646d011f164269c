namespace Supervision.Web.Security.Audit;

/// <summary>Action names written to the audit log; the admin page filters by them.</summary>
public static class AuditActions
{
    public const string SignIn = "signin.succeeded";
    public const string SignInFailed = "signin.failed";
    public const string SignInLockedOut = "signin.locked_out";
    public const string SignInDisabled = "signin.disabled";
    public const string SignOut = "signout";

    public const string UserCreated = "user.created";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserPasswordReset = "user.password_reset";

    public const string ApiKeyCreated = "apikey.created";
    public const string ApiKeyRevoked = "apikey.revoked";

    public const string ConfigurationChanged = "config.changed";

    public const string Export = "export";
    public const string Bulletin = "bulletin";

    public const string CalendarImported = "calendar.import";

    public static IReadOnlyList<(string Action, string Name)> All { get; } =
    [
        (SignIn, "登录成功"), (SignInFailed, "登录失败"), (SignInLockedOut, "账号锁定"), (SignInDisabled, "已停用账号尝试登录"),
        (SignOut, "退出登录"), (UserCreated, "新建用户"), (UserDisabled, "停用用户"), (UserEnabled, "启用用户"),
        (UserPasswordReset, "重置密码"), (ApiKeyCreated, "创建 API 密钥"), (ApiKeyRevoked, "吊销 API 密钥"),
        (ConfigurationChanged, "修改配置"), (Export, "导出"), (Bulletin, "印发通报"),
        (CalendarImported, "录入节假日安排"),
        (ManagementActions.ItemStationingChanged, "修改事项进驻"), (ManagementActions.PilotProgressRecorded, "记录试点进度"),
        (ManagementActions.PilotEvaluationRecorded, "记录验收评价"), (ManagementActions.PilotStandingChanged, "修改试点镇街与推广日期"),
        .. OrderActions.Names,
    ];

    public static string ChineseName(string action) =>
        All.FirstOrDefault(a => a.Action == action).Name ?? action;
}
