using Dashboard.Core;
using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Bunit.TestDoubles;
using MudBlazor.Services;

namespace Dashboard.Tests;

/// <summary>
/// The shared bUnit context: MudBlazor's services, an interactive server renderer, and (when given a
/// <see cref="TestDatabase"/>) the real core services over that database.
/// </summary>
public abstract class DashboardTestContext : BunitContext
{
    protected DashboardTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        Services.AddChartMarkup();

        // A signed-in viewer unless a test says otherwise.
        Authorization = AddAuthorization();
        Authorization.SetAuthorized("viewer@example.org");
        Authorization.SetRoles("Viewer");
    }

    /// <summary>Who the components see as signed in.</summary>
    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>Registers the core services over the test database's file.</summary>
    protected void UseDatabase(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Dashboard:DataDirectory"] = database.DataDirectory })
            .Build();
        Services.AddLogging();
        Services.AddDashboardCore(configuration, database.DataDirectory);
    }

    /// <summary>Call after every service registration, as bUnit requires.</summary>
    protected void RenderInteractively() => SetRendererInfo(new RendererInfo("Server", isInteractive: true));
}
