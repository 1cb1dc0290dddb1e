using Dashboard.Core.Audit;
using Dashboard.Core.Editing;
using Dashboard.Core.Export;
using Dashboard.Core.Filtering;
using Dashboard.Core.Identity;
using Dashboard.Core.Reports;
using Dashboard.Core.Sharing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.E2ETests.Journeys;

/// <summary>
/// Arranges what a journey starts from through the app's own services (the same commands the pages
/// call), for steps that another browser test already walks through, and reads the database state
/// that expected numbers are computed from.
/// </summary>
internal static class JourneyData
{
    /// <summary>A short unique suffix, so that a journey's data never collides with other tests on the shared database.</summary>
    public static string UniqueSuffix() => Guid.NewGuid().ToString("N")[..8];

    public static async Task<Actor> ActorAsync(DashboardAppFactory app, string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}");
        return new Actor(user.Id, user.DisplayName);
    }

    /// <summary>Writes a report as <paramref name="authorEmail"/> and submits it for review; returns its id.</summary>
    public static async Task<int> SubmittedReportAsync(DashboardAppFactory app, string authorEmail, string title)
    {
        var author = await ActorAsync(app, authorEmail);
        var draft = TestDrafts.Valid(title);
        draft.Conflict = new ReferenceChoice(null, "Russia-Ukraine war");
        draft.Recipient = new PartyChoice(null, "Russia", "RU");
        var result = await app.Services.GetRequiredService<ReportCommands>()
            .SaveAsync(author, new SaveReportRequest(null, draft, null, "Arranged by a browser journey", SaveMode.Submit));
        Assert.True(result.ReportId is not null && result.Status == CommandStatus.Succeeded, $"The report was not submitted: {result.Message}");
        return result.ReportId!.Value;
    }

    /// <summary>Creates a live share link as <paramref name="email"/>; returns the link's address path (/s/token).</summary>
    public static async Task<string> ShareLinkAsync(DashboardAppFactory app, string email, string title, string filterQuery)
    {
        var actor = await ActorAsync(app, email);
        var request = new ShareLinkRequest(title, "Arranged by a browser journey.", 30, ShareLinkMode.Live, ReportFilter.Parse(filterQuery).Filter);
        var created = await app.Services.GetRequiredService<ShareLinkService>().CreateAsync(request, actor);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        return "/s/" + created.Token;
    }

    public static Task<IReadOnlyList<ExportedReport>> ReportsAsync(DashboardAppFactory app, string filterQuery, ExportScope scope) =>
        app.Services.GetRequiredService<ReportExportQueries>().ListAsync(ReportFilter.Parse(filterQuery).Filter, scope);

    public static async Task<ReportState> StateAsync(DashboardAppFactory app, int reportId) =>
        (await ReportsAsync(app, "", ExportScope.WithDrafts)).Single(r => r.Id == reportId).State;
}
