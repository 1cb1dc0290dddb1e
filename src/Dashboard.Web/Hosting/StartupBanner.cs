using System.Globalization;
using System.Text;
using Dashboard.Core.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Tells the person who started the app where to open it and how to sign in. It writes to the
/// console only (not to the log), because in demo mode it shows the demo password.
/// </summary>
public static class StartupBanner
{
    public static void PrintWhenListening(WebApplication app, StartupSummary startup)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.WriteLine(Compose(addresses.ToList(), startup));
        });
    }

    public static string Compose(IReadOnlyList<string> addresses, StartupSummary startup)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        ArgumentNullException.ThrowIfNull(startup);
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("Conflict Support Monitor is running.");
        foreach (var address in addresses)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  Open      {address.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal)}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  Database  {startup.Database}");
        if (startup.Demo is { } demo)
        {
            text.AppendLine("  Demo mode: sign in with one of these accounts");
            foreach (var (email, role) in demo.Accounts)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"            {email,-24} ({role})");
            }

            if (demo.PasswordWorks)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  Password  {demo.Password}");
                if (demo.PasswordWasGenerated)
                {
                    text.AppendLine("            (generated on first start and kept in the data folder; set Dashboard__DemoPassword to choose one)");
                }
            }
            else
            {
                text.AppendLine("  Password  the demo accounts already existed with another password, which was kept;");
                text.AppendLine("            use the password from their first start, or delete the database to start afresh.");
            }
        }
        else if (startup.BootstrapAdmin is { } admin)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  Sign in as {admin} with the password from Dashboard__BootstrapAdmin__Password.");
        }
        else if (!startup.HasUsers)
        {
            text.AppendLine("  No accounts exist yet. Set Dashboard__BootstrapAdmin__Email and Dashboard__BootstrapAdmin__Password");
            text.AppendLine("  to create the first admin, or Dashboard__SeedDemoData=true for the demo accounts.");
        }

        return text.ToString();
    }
}
