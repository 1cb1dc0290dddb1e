using System.Globalization;
using Dashboard.Core;
using Dashboard.Core.Data;
using Dashboard.Core.Audit;
using Dashboard.Core.Filtering;
using Dashboard.Core.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// Creates and revokes share links on the load-test database through the app's own
/// <see cref="ShareLinkService"/>, as the share dialog does, while the app runs on the same file.
///   share &lt;data directory&gt; &lt;email&gt; &lt;filter query&gt;   prints "id token"
///   revoke &lt;data directory&gt; &lt;email&gt; &lt;link id&gt;
/// </summary>
internal static class ShareLinkCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (command, dataDirectory, email, argument) = (args[0], args[1], args[2], args[3]);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Dashboard:DataDirectory"] = dataDirectory })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDashboardCore(configuration, dataDirectory);
        await using var provider = services.BuildServiceProvider();

        string userId;
        string name;
        await using (var db = await provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
        {
            var user = await db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => new { u.Id, u.DisplayName }).SingleAsync();
            (userId, name) = (user.Id, user.DisplayName ?? email);
        }

        var links = provider.GetRequiredService<ShareLinkService>();
        var actor = new Actor(userId, name);
        if (command == "share")
        {
            var created = await links.CreateAsync(new ShareLinkRequest("Load test slice", null, 30, ShareLinkMode.Live, ReportFilter.Parse(argument).Filter), actor);
            if (!created.Succeeded)
            {
                await Console.Error.WriteLineAsync(string.Join("; ", created.Errors.Select(e => e.Message)));
                return 1;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{created.LinkId} {created.Token}"));
            return 0;
        }

        var outcome = await links.RevokeAsync(int.Parse(argument, CultureInfo.InvariantCulture), actor);
        Console.WriteLine(outcome);
        return outcome == ShareLinkRevocation.Revoked ? 0 : 1;
    }
}
