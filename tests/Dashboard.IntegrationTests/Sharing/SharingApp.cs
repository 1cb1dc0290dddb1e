using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Dashboard.Core.Sharing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Sharing;

/// <summary>
/// The real app (demo data, demo accounts) with helpers for share link tests: create links through
/// <see cref="ShareLinkService"/> as a demo user, request shared pages anonymously, and change
/// reports the way the editor will (through the DbContext, with a revision per save).
/// </summary>
public sealed class SharingApp : IAsyncLifetime
{
    private static readonly HtmlParser Parser = new();

    public SharingApp()
        : this(new Dictionary<string, string?> { ["Dashboard:RateLimits:SharedLinkRequestsPerAddressPerMinute"] = "100000" })
    {
    }

    internal SharingApp(IDictionary<string, string?> settings) => Factory = new DashboardAppFactory(settings: settings);

    public DashboardAppFactory Factory { get; }

    public DemoCsv Csv { get; } = DemoCsv.Load();

    public IDbContextFactory<DashboardDbContext> Db => Factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();

    public ShareLinkService Links => Factory.Services.GetRequiredService<ShareLinkService>();

    public async Task<Actor> ActorAsync(string email = "viewer@example.org")
    {
        await using var db = await Db.CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        return new Actor(user.Id, user.DisplayName);
    }

    public async Task<ShareLinkCreation> CreateLinkAsync(
        string filterQuery,
        ShareLinkMode mode = ShareLinkMode.Live,
        string title = "A shared timeline",
        string? note = null,
        string email = "viewer@example.org")
    {
        var created = await Links.CreateAsync(new ShareLinkRequest(title, note, 30, mode, ReportFilter.Parse(filterQuery).Filter), await ActorAsync(email));
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        return created;
    }

    /// <summary>An anonymous client (no cookies) that does not follow redirects.</summary>
    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public async Task<IHtmlDocument> GetSharedPageAsync(string token, string query = "")
    {
        using var client = Anonymous();
        using var response = await client.GetAsync(new Uri($"/s/{token}{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public async Task<string> GetFeedAsync(string token, string query = "")
    {
        using var client = Anonymous();
        using var response = await client.GetAsync(new Uri($"/s/{token}/feed.atom{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static IReadOnlyList<string> CardTitles(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=report-card-link]").Select(a => a.TextContent.Trim()).ToList();

    /// <summary>Titles of the demo reports of one supplier, from the CSV itself.</summary>
    public IReadOnlyList<string> TitlesOf(string supplier) =>
        Csv.Reports.Where(r => r["supplier_country_iso2"] == supplier).Select(r => r["title"]).ToList();

    public async Task<int> ReportIdAsync(string title)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.Reports.Where(r => r.Title == title).Select(r => r.Id).SingleAsync();
    }

    /// <summary>Saves a change to a report with its revision, as an editor's save does.</summary>
    public async Task EditReportAsync(int reportId, Action<Report> change, string action = "edited", string? note = null)
    {
        await using var db = await Db.CreateDbContextAsync();
        var report = await db.Reports
            .IncludeWholeReport()
            .SingleAsync(r => r.Id == reportId);
        change(report);
        var now = DateTime.UtcNow;
        report.UpdatedAt = now;
        var number = await db.ReportRevisions.Where(v => v.ReportId == reportId).MaxAsync(v => v.Number) + 1;
        ReportHistory.AddRevision(report, number, new Actor(null, "Demo Editor"), action, note, now);
        await db.SaveChangesAsync();
    }

    public Task RetractReportAsync(int reportId, string reason) =>
        EditReportAsync(
            reportId,
            r =>
            {
                r.State = ReportState.Retracted;
                r.RetractionReason = reason;
                r.RetractedAt = DateTime.UtcNow;
            },
            "retracted",
            "Internal: retracted after the review meeting");

    public ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
