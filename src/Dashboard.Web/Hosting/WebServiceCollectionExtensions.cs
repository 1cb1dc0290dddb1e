using Dashboard.Core.Data;
using Dashboard.Core.Identity;
using Dashboard.Web.Api;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Sharing;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace Dashboard.Web.Hosting;

/// <summary>Registers everything the web app needs on top of the core library.</summary>
public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddDashboardWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Circuit and hub limits set deliberately: a browser tab never needs more, an abuser gets less.
        services.AddRazorComponents()
            .AddInteractiveServerComponents(options =>
            {
                options.DisconnectedCircuitMaxRetained = 100;
                options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(3);
                options.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
                options.MaxBufferedUnacknowledgedRenderBatches = 10;
                options.DetailedErrors = environment.IsDevelopment();
            })
            .AddHubOptions(options =>
            {
                options.MaximumReceiveMessageSize = 64 * 1024;
                options.MaximumParallelInvocationsPerClient = 1;
                options.ClientTimeoutInterval = TimeSpan.FromSeconds(60);
                options.HandshakeTimeout = TimeSpan.FromSeconds(15);
            });
        services.AddDashboardRateLimits(configuration);
        services.AddSingleton<CircuitCounter>();
        services.AddSingleton<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(sp => sp.GetRequiredService<CircuitCounter>());
        services.AddExceptionHandler<ReferencedExceptionLogger>();
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        services.AddMudServices();
        services.AddChartMarkup();
        services.AddDashboardApi();
        services.AddSharedLinks(configuration);

        AddIdentity(services, environment);
        AddAuthorization(services);

        services.AddProxySupport(configuration);

        services.AddHealthChecks()
            .AddDbContextCheck<DashboardDbContext>(
                name: "database",
                tags: ["ready"],
                customTestQuery: static async (db, cancellationToken) =>
                {
                    // A real read: opening a SQLite connection succeeds even on a file that is not a database.
                    await db.Countries.CountAsync(cancellationToken);
                    return true;
                });

        return services;
    }

    private static void AddIdentity(IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                // design.md section 6: at least 12 characters, no composition rules, lockout after repeated failures.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DashboardDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<DisplayNameClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "csm.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        // A changed role, a lock or "sign out everywhere" reaches open sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
    }

    private static void AddAuthorization(IServiceCollection services)
    {
        var staff = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Roles.Viewer, Roles.Editor, Roles.Admin).Build();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, staff)
            .AddPolicy(Policies.Editors, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.Admins, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin))

            // Anything that does not say otherwise is for staff only: a new endpoint cannot be left open by accident.
            .SetFallbackPolicy(staff);
    }

    // The API (and its OpenAPI document) answers with a status code; pages redirect to the sign-in or access-denied page.
    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            // A problem-details body, which also keeps the status-code pages from replacing it with HTML.
            return Results.Problem(statusCode: status).ExecuteAsync(context.HttpContext);
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>The shared markup of static charts (<see cref="Components.Charts.SharedMarkup"/>), for the app, component tests and benchmarks.</summary>
    public static IServiceCollection AddChartMarkup(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.TryAddSingleton<Components.Charts.SharedMarkup>();
        return services;
    }
}
