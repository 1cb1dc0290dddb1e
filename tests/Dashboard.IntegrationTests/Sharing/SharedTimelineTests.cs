using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Dashboard.Core.Audit;
using Dashboard.Core.Reports;
using Dashboard.Core.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Sharing;

/// <summary>
/// The shared page and its feed over HTTP, as an anonymous visitor sees them. Each test works on the
/// reports of its own supplier, so the tests that change reports do not disturb the others.
/// </summary>
public sealed class SharedTimelineTests(SharingApp app) : IClassFixture<SharingApp>
{
    [Fact]
    public async Task LiveLink_ShowsExactlyThePublishedReportsOfItsFilter()
    {
        var link = await app.CreateLinkAsync("?supplier=JP");

        var page = await app.GetSharedPageAsync(link.Token!);

        Assert.Equal(app.TitlesOf("JP").Order(), SharingApp.CardTitles(page).Order());
    }

    [Theory]
    [InlineData("?supplier=CN")]
    [InlineData("?supplier=CN&supplier=IR&supplier=JP")]
    [InlineData("?conflict=israel-hamas-war&category=lethal&category=dual-use&category=non-lethal")]
    [InlineData("?q=drone&from=1900-01-01&to=2100-12-31&dates=reported")]
    [InlineData("?zoom=all&start=1900-01-01&end=2100-12-31&page=1&lanes=category&recipient=Hamas&status=alleged&confidence=low&type=drones")]
    public async Task FilterKeysInTheAddress_NeverWidenTheSlice(string query)
    {
        var link = await app.CreateLinkAsync("?supplier=JP&category=dual-use", title: "Japan dual-use");
        var expected = app.Csv.Reports.Where(r => r["supplier_country_iso2"] == "JP" && r["category"] == "dual-use").Select(r => r["title"]).ToList();
        var outside = app.Csv.Reports.Select(r => r["title"]).Except(expected).ToList();
        var outsideId = await app.ReportIdAsync(app.TitlesOf("CN")[0]);

        var page = await app.GetSharedPageAsync(link.Token!, query);
        var withReport = await app.GetSharedPageAsync(link.Token!, $"{query}&report={outsideId}");
        var feed = await app.GetFeedAsync(link.Token!, query);

        Assert.Equal(expected.Order(), SharingApp.CardTitles(page).Order());
        foreach (var html in new[] { page.DocumentElement.OuterHtml, withReport.DocumentElement.OuterHtml, feed })
        {
            Assert.All(outside, title => Assert.DoesNotContain(WebUtility.HtmlEncode(title), html, StringComparison.Ordinal));
        }

        Assert.Null(withReport.QuerySelector("[data-testid=report-summary]"));
    }

    [Fact]
    public async Task AfterAnEdit_TheLiveLinkShowsTheNewText_AndTheSnapshotTheOldWithANotice()
    {
        var title = app.TitlesOf("KP")[0];
        var id = await app.ReportIdAsync(title);
        var live = await app.CreateLinkAsync("?supplier=KP", ShareLinkMode.Live);
        var snapshot = await app.CreateLinkAsync("?supplier=KP", ShareLinkMode.Snapshot);
        string oldSummary;
        await using (var db = await app.Db.CreateDbContextAsync())
        {
            oldSummary = await db.Reports.Where(r => r.Id == id).Select(r => r.Summary).SingleAsync();
        }

        await app.EditReportAsync(
            id,
            r =>
            {
                r.Title = "Corrected: " + title;
                r.Summary = "The corrected summary of this report.";
                r.EvidenceStatus = EvidenceStatus.Confirmed;
            },
            note: "Internal note: source B was wrong");

        var livePage = await app.GetSharedPageAsync(live.Token!, $"?report={id}");
        var snapshotPage = await app.GetSharedPageAsync(snapshot.Token!, $"?report={id}");

        Assert.Contains("Corrected: " + title, SharingApp.CardTitles(livePage));
        Assert.Equal("The corrected summary of this report.", livePage.QuerySelector("[data-testid=report-summary-text]")!.TextContent.Trim());
        Assert.Null(livePage.QuerySelector("[data-testid=correction-notice]"));

        Assert.Contains(title, SharingApp.CardTitles(snapshotPage));
        Assert.DoesNotContain("Corrected: " + title, SharingApp.CardTitles(snapshotPage));
        Assert.Equal(oldSummary.Trim(), snapshotPage.QuerySelector("[data-testid=report-summary-text]")!.TextContent.Trim());
        var notice = snapshotPage.QuerySelector("[data-testid=report-summary] [data-testid=correction-notice]")!.TextContent;
        Assert.Contains("Title", notice, StringComparison.Ordinal);
        Assert.Contains("Summary", notice, StringComparison.Ordinal);
        Assert.Contains("Evidence status", notice, StringComparison.Ordinal);
        Assert.Contains("The corrected summary of this report.", notice, StringComparison.Ordinal);
        Assert.Single(snapshotPage.QuerySelectorAll("[data-testid=report-card] [data-testid=correction-notice]"));

        foreach (var page in new[] { livePage, snapshotPage })
        {
            Assert.DoesNotContain("Internal note", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
            Assert.DoesNotContain("Demo Editor", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AfterARetraction_BothModesShowTheRetractionNotice()
    {
        var title = app.TitlesOf("DE")[0];
        var id = await app.ReportIdAsync(title);
        var live = await app.CreateLinkAsync("?supplier=DE", ShareLinkMode.Live);
        var snapshot = await app.CreateLinkAsync("?supplier=DE", ShareLinkMode.Snapshot);

        await app.RetractReportAsync(id, "The only source withdrew the claim.");

        foreach (var token in new[] { live.Token!, snapshot.Token! })
        {
            var page = await app.GetSharedPageAsync(token);
            var card = page.QuerySelectorAll("[data-testid=report-card]").Single(c => c.GetAttribute("data-report-id") == id.ToString());
            var notice = card.QuerySelector("[data-testid=retraction-notice]");
            Assert.NotNull(notice);
            Assert.Contains("The only source withdrew the claim.", notice.TextContent, StringComparison.Ordinal);
            Assert.Contains(title, card.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Internal:", page.DocumentElement.OuterHtml, StringComparison.Ordinal);

            // A retracted report counts in no figure: the chart's table has one report fewer.
            var totals = page.QuerySelectorAll("[data-testid=monthly-table] tbody tr td:last-child").Sum(td => int.Parse(td.TextContent.Trim()));
            Assert.Equal(app.TitlesOf("DE").Count - 1, totals);
        }

        Assert.Contains("The only source withdrew the claim.", await app.GetFeedAsync(snapshot.Token!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftsAndReportsInReview_NeverAppear_OnThePageOrInTheFeed()
    {
        var titles = app.TitlesOf("US");
        var ids = new List<int>();
        foreach (var title in titles.Take(3))
        {
            ids.Add(await app.ReportIdAsync(title));
        }

        // One report is a draft before the links are made; two leave the published state after.
        await app.EditReportAsync(ids[0], r => r.State = ReportState.Draft, "returned");
        var live = await app.CreateLinkAsync("?supplier=US", ShareLinkMode.Live);
        var snapshot = await app.CreateLinkAsync("?supplier=US", ShareLinkMode.Snapshot);
        await app.EditReportAsync(ids[1], r => r.State = ReportState.Draft, "restored");
        await app.EditReportAsync(ids[2], r => r.State = ReportState.InReview, "submitted");
        var hidden = titles.Take(3).ToList();

        foreach (var token in new[] { live.Token!, snapshot.Token! })
        {
            var page = await app.GetSharedPageAsync(token);
            var feed = await app.GetFeedAsync(token);
            Assert.Equal(titles.Skip(3).Order(), SharingApp.CardTitles(page).Order());
            foreach (var id in ids)
            {
                var opened = await app.GetSharedPageAsync(token, $"?report={id}");
                Assert.Null(opened.QuerySelector("[data-testid=report-summary]"));
            }

            Assert.All(hidden, title =>
            {
                Assert.DoesNotContain(WebUtility.HtmlEncode(title), page.DocumentElement.OuterHtml, StringComparison.Ordinal);
                Assert.DoesNotContain(title, feed, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public async Task Header_ShowsTitleNoteSharerAndDates_AndPreviewsOnlyTitleAndNote()
    {
        var link = await app.CreateLinkAsync("?supplier=GB", title: "UK support since 2022", note: "For the briefing on Thursday.");

        var page = await app.GetSharedPageAsync(link.Token!);

        Assert.Equal("UK support since 2022", page.Title);
        Assert.Equal("UK support since 2022", page.QuerySelector("[data-testid=shared-title]")!.TextContent.Trim());
        Assert.Equal("For the briefing on Thursday.", page.QuerySelector("[data-testid=shared-note]")!.TextContent.Trim());
        Assert.Equal("Demo Viewer", page.QuerySelector("[data-testid=shared-by]")!.TextContent.Trim());
        Assert.Contains(link.ExpiresAt!.Value.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-testid=shared-header]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("UK support since 2022", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("For the briefing on Thursday.", page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal(["og:type", "og:title", "og:description"], page.QuerySelectorAll("meta[property^='og:']").Select(m => m.GetAttribute("property")!));
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task SharedPage_LinksOnlyToItselfAndToSources_AndNamesOnlyTheSharer()
    {
        var link = await app.CreateLinkAsync("?supplier=FR", note: "Note");
        var id = await app.ReportIdAsync(app.TitlesOf("FR")[0]);

        var page = await app.GetSharedPageAsync(link.Token!, $"?report={id}&lanes=recipient");

        var hrefs = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href => Assert.True(
            href.StartsWith($"s/{link.Token}", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal),
            $"The shared page links to {href}"));
        Assert.DoesNotContain(hrefs, href => href.StartsWith("http://localhost", StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("form"), form => Assert.Equal($"s/{link.Token}", form.GetAttribute("action")));
        var html = page.DocumentElement.OuterHtml;
        foreach (var name in new[] { "Demo Admin", "Demo Editor", "Demo Reviewer", "@example.org" })
        {
            Assert.DoesNotContain(name, html, StringComparison.Ordinal);
        }

        // Static server rendering: no interactive component, so no circuit for an anonymous visitor.
        Assert.DoesNotContain("\"type\":\"server\"", html, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=interactive]"));
    }

    [Fact]
    public async Task ViewKeys_ZoomOpenASummaryAndChooseLanes_WithinTheSlice()
    {
        var link = await app.CreateLinkAsync("?supplier=CN");
        var title = app.TitlesOf("CN")[0];
        var id = await app.ReportIdAsync(title);

        var summary = await app.GetSharedPageAsync(link.Token!, $"?report={id}");
        var byCategory = await app.GetSharedPageAsync(link.Token!, "?lanes=category");
        var lastQuarter = await app.GetSharedPageAsync(link.Token!, "?zoom=3m");

        Assert.Equal(title, summary.QuerySelector("[data-testid=report-summary-title]")!.TextContent.Trim());
        Assert.Null(summary.QuerySelector("[data-testid=summary-report-link]"));
        var categories = app.Csv.Reports.Where(r => r["supplier_country_iso2"] == "CN").Select(r => r["category"]).Distinct().Order();
        Assert.Equal(categories, byCategory.QuerySelectorAll("[data-testid=lane]").Select(l => l.GetAttribute("data-lane")!).Order());
        Assert.True(SharingApp.CardTitles(lastQuarter).Count < app.TitlesOf("CN").Count);
    }

    [Fact]
    public async Task Feed_IsAtomWithTheReportsOfTheSlice()
    {
        var link = await app.CreateLinkAsync("?supplier=PL", title: "Poland", note: "Polish deliveries");

        using var client = app.Anonymous();
        using var response = await client.GetAsync(new Uri($"/s/{link.Token}/feed.atom", UriKind.Relative));
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Poland", feed.Title.Text);
        Assert.Equal("Polish deliveries", feed.Description.Text);
        Assert.Equal("Demo Viewer", feed.Authors.Single().Name);
        Assert.Equal(app.TitlesOf("PL").Order(), feed.Items.Select(i => i.Title.Text).Order());
        Assert.All(feed.Items, item => Assert.StartsWith($"http://localhost/s/{link.Token}?report=", item.Links.Single().Uri.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryAccess_IsCounted_AndOnlyTheFirstIsAudited()
    {
        var link = await app.CreateLinkAsync("?supplier=CZ");

        await app.GetSharedPageAsync(link.Token!);
        await app.GetSharedPageAsync(link.Token!, "?zoom=1y");
        await app.GetFeedAsync(link.Token!);
        await app.Factory.Services.GetRequiredService<ShareLinkVisits>().FlushAsync();

        await using var db = await app.Db.CreateDbContextAsync();
        var stored = await db.ShareLinks.AsNoTracking().SingleAsync(l => l.Id == link.LinkId);
        var id = link.LinkId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.ObjectType == "ShareLink" && a.ObjectId == id).ToListAsync();
        Assert.Equal(3, stored.AccessCount);
        Assert.NotNull(stored.LastAccessAt);
        Assert.Single(audit, a => a.Action == AuditActions.ShareLinkCreated);
        Assert.Single(audit, a => a.Action == AuditActions.ShareLinkFirstAccess);
    }
}
