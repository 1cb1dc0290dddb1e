using Dashboard.Core.Data;
using Dashboard.Core.Identity;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Sharing;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;

namespace Dashboard.Web.Hosting;

/// <summary>Registers everything the web app needs on top of the core library.</summary>
public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddDashboardWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddSharedLinks(configuration);

        AddIdentity(services, environment);
        AddAuthorization(services);

        // Keys live in the database so that cookies and antiforgery tokens survive restarts and work
        // on every instance that shares the database.
        services.AddDataProtection()
            .SetApplicationName("ConflictSupportMonitor")
            .PersistKeysToDbContext<DashboardDbContext>();

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

    // The API answers with a status code; pages redirect to the sign-in or access-denied page.
    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
