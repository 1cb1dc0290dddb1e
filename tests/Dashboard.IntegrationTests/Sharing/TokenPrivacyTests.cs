using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Core.Filtering;
using Dashboard.Core.Sharing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.IntegrationTests.Sharing;

public sealed class TokenPrivacyTests
{
    [Fact]
    public async Task Token_NeverReachesTheDatabaseOrTheLogs_AndTheStoredHashIsItsSha256()
    {
        var logs = new CollectingLoggerProvider();
        await using var app = new SharingApp();
        await using var factory = app.Factory.WithWebHostBuilder(b => b
            .UseSetting("Logging:LogLevel:Dashboard", "Trace")
            .ConfigureLogging(l => l.AddProvider(logs)));
        var links = factory.Services.GetRequiredService<ShareLinkService>();
        var actor = await ActorAsync(factory.Services);

        var created = await links.CreateAsync(new ShareLinkRequest("Privacy", "A note", 7, ShareLinkMode.Snapshot, ReportFilter.Parse("?supplier=CN").Filter), actor);
        using (var client = factory.CreateClient())
        {
            foreach (var path in new[] { "", "?zoom=3m", "/feed.atom" })
            {
                using var response = await client.GetAsync(new Uri($"/s/{created.Token}{path}", UriKind.Relative));
                Assert.True(response.IsSuccessStatusCode);
            }

            await links.RevokeAsync(created.LinkId!.Value, actor);
            using var revoked = await client.GetAsync(new Uri($"/s/{created.Token}", UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.NotFound, revoked.StatusCode);
        }

        var token = created.Token!;
        var raw = Base64Url.DecodeFromChars(token);
        byte[] stored;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<Core.Data.DashboardDbContext>>().CreateDbContextAsync())
        {
            stored = await db.ShareLinks.Where(l => l.Id == created.LinkId).Select(l => l.TokenHash).SingleAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var files = Directory.GetFiles(app.Factory.DataDirectory, "dashboard.db*");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(token)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(token)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(raw));
        }

        Assert.Equal(SHA256.HashData(raw), stored);
        Assert.Contains(logs.Messages, m => m.Contains("Share link", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains(token[..16], StringComparison.Ordinal));
    }

    private static async Task<Core.Audit.Actor> ActorAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<Core.Data.DashboardDbContext>>().CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "editor@example.org");
        return new Core.Audit.Actor(user.Id, user.DisplayName);
    }
}
