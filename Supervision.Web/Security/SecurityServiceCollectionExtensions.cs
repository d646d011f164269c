using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Supervision.Web.Common;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Security.Accounts;
using Supervision.Web.Security.ApiKeys;
using Supervision.Web.Security.Audit;
using Supervision.Web.Security.Hardening;
using Supervision.Web.Routing;

namespace Supervision.Web.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>The sign-in cookie.</summary>
    public const string CookieName = "supervision.auth";

    /// <summary>
    /// Accounts (ASP.NET Core Identity on <see cref="SupervisionDbContext"/>), the sign-in cookie, the
    /// API key scheme, the policies (<see cref="SupervisionPolicies"/>), <see cref="IAccessScope"/>,
    /// <see cref="IAuditLog"/>, user administration, API keys and rate limits. Needs <c>AddSupervisionData</c>.
    /// </summary>
    public static IServiceCollection AddSupervisionSecurity(this IServiceCollection services)
    {
        services.AddValidatedOptions<SecurityOptions>(SecurityOptions.SectionName);
        services.AddValidatedOptions<BootstrapOptions>(BootstrapOptions.Section);
        services.AddValidatedOptions<DemoOptions>(DemoOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSecurityClock();
        services.AddProblemDetails();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null)
            .AddPolicyScheme(ApiKeyDefaults.ApiScheme, null, options => options.ForwardDefaultSelector = context =>
                ApiKeyDefaults.SecretOf(context.Request).Length > 0 ? ApiKeyDefaults.Scheme : IdentityConstants.ApplicationScheme)
            .AddIdentityCookies();

        services.AddIdentityCore<SupervisionUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SupervisionDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<SupervisionClaimsPrincipalFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<LetterPasswordValidator>();
        services.AddScoped<IUserConfirmation<SupervisionUser>, EnabledAccountConfirmation>();

        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SecurityOptions>>((options, security) =>
            options.ValidationInterval = TimeSpan.FromMinutes(security.Value.RevalidationMinutes));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>>(ConfigureCookie);
        services.UseSecurityClockForSignIn();

        services.AddAuthorization(SupervisionPolicies.Configure);
        services.AddSingleton<IAuthorizationHandler, TownAccessHandler>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();

        services.AddSingleton<IApiKeyValidator, IngestionApiKeyValidator>();
        services.AddSingleton<ApiKeyAdministration>();
        services.AddSingleton<IAccessScope, HallAccess>();
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddScoped<CurrentUser>();
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<AccountBannerLines>();
        services.AddSingleton<IStartupBannerLines>(sp => sp.GetRequiredService<AccountBannerLines>());
        services.AddSingleton<AccountBootstrapper>();

        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<KnownDevices>();
        services.AddForwardedHeadersTrust();
        services.AddSupervisionRateLimits();
        services.AddSingleton<IngestBudget>();
        services.AddTransportSecurity();
        return services;
    }

    /// <summary>Creates the roles and the first-run accounts (see <see cref="AccountBootstrapper"/>). Call after <c>InitialiseDatabaseAsync</c>.</summary>
    public static Task InitialiseAccountsAsync(this IHost app, CancellationToken cancellationToken = default) =>
        app.Services.GetRequiredService<AccountBootstrapper>().InitialiseAsync(cancellationToken);

    /// <summary>
    /// Security headers, HTTPS and HSTS outside Development, problem+json for API errors, the refusal of
    /// cross-origin writes (<see cref="SameOriginWrites"/>), authentication, authorization and rate limits. Call before <c>UseAntiforgery</c> and the endpoint mappings.
    /// </summary>
    public static WebApplication UseSupervisionSecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        // API callers get problem+json without a stack trace, in every environment; a database outage
        // (including during the API key check) is a 503 with Retry-After, so clients resend later.
        app.UseWhen(ApiProblems.IsApiRequest, api => api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = ApiProblems.WriteUnhandledAsync,
        }));

        // Before authentication: a forged cross-origin write is refused whatever cookie it carries.
        app.UseSameOriginWrites();

        // Limits come first: they key on the client address and the raw API key header, so floods of
        // bad passwords or unknown keys are turned away before they cost a database lookup.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie, IOptions<SecurityOptions> security)
    {
        cookie.LoginPath = ApiRoutes.Login;
        cookie.LogoutPath = ApiRoutes.Logout;
        cookie.AccessDeniedPath = ApiRoutes.Denied;
        cookie.ReturnUrlParameter = "returnUrl";
        cookie.Cookie.Name = CookieName;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.SlidingExpiration = true;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(security.Value.SessionHours);

        cookie.Events.OnSigningIn = context =>
        {
            // The big screen runs unattended for weeks: a persistent, long sliding session.
            if (context.Principal?.IsInRole(SupervisionRoles.Screen) == true)
            {
                // The security clock (SecurityClock): a simulated 2020 expiry would be dropped by the browser at once.
                var now = (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow();
                context.Properties.IsPersistent = true;
                context.Properties.IssuedUtc = now;
                context.Properties.ExpiresUtc = now.AddDays(security.Value.ScreenSessionDays);
            }
            return Task.CompletedTask;
        };
        cookie.Events.OnRedirectToLogin = context => ApiProblems.IsApiRequest(context.HttpContext)
            ? ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "未登录", "请先登录，或在请求头 X-Api-Key 中提供 API 密钥。")
            : Redirect(context);
        cookie.Events.OnRedirectToAccessDenied = context => ApiProblems.IsApiRequest(context.HttpContext)
            ? ApiProblems.WriteForbiddenAsync(context.HttpContext)
            : Redirect(context);
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
