using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Dashboard.Core.Reports;
using Dashboard.Core.Sharing;
using Dashboard.Core.Timeline;
using Dashboard.Web.Components.Common;

namespace Dashboard.Web.Sharing;

/// <summary>
/// <c>/s/{token}/feed.atom</c>: the slice of a shared link as an Atom feed (RFC 4287), newest change
/// first, so stakeholders can follow new reports in a feed reader. It carries exactly what the shared
/// page shows: published reports of the frozen filter (or of the snapshot), retracted ones with their
/// notice, and no user name but the sharer's.
/// </summary>
public static class SharedLinkFeed
{
    public static async Task WriteAsync(HttpContext context, string token, TimelineQueries queries)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(queries);
        var link = SharedLinkAccess.Get(context);
        if (link is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var entries = await queries.SharedFeedAsync(link, context.RequestAborted);
        var request = context.Request;
        var page = $"{request.Scheme}://{request.Host}{request.PathBase}{SharedLinkHosting.PathPrefix}/{Uri.EscapeDataString(token)}";
        var idBase = $"tag:{request.Host.Host},{link.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:share-link-{link.Id}";
        var updated = entries.Count == 0 ? link.CreatedAt : entries.Max(e => e.Updated);

        var feed = new SyndicationFeed
        {
            Id = idBase,
            Title = new TextSyndicationContent(link.Title),
            LastUpdatedTime = Utc(updated),
            Generator = "Conflict Support Monitor",
        };
        if (!string.IsNullOrWhiteSpace(link.Note))
        {
            feed.Description = new TextSyndicationContent(link.Note);
        }

        feed.Authors.Add(new SyndicationPerson { Name = link.CreatedByName });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(page + "/" + SharedLinkGate.FeedSegment), "application/atom+xml"));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(page), "text/html"));
        feed.Items = entries.Select(e => ItemOf(e, page, idBase)).ToList();

        context.Response.ContentType = "application/atom+xml; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private static SyndicationItem ItemOf(FeedEntry entry, string page, string idBase)
    {
        var report = entry.Report;
        var item = new SyndicationItem
        {
            Id = $"{idBase}:report-{report.Id}",
            Title = new TextSyndicationContent(report.State == ReportState.Retracted ? $"Retracted: {report.Title}" : report.Title),
            LastUpdatedTime = Utc(entry.Updated),
            Content = new TextSyndicationContent(BodyOf(entry)),
        };
        if (entry.Published is { } published)
        {
            item.PublishDate = Utc(published);
        }

        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri($"{page}?report={report.Id.ToString(CultureInfo.InvariantCulture)}"), "text/html"));
        item.Categories.Add(new SyndicationCategory(VocabularyText.Label(report.Category)));
        return item;
    }

    private static string BodyOf(FeedEntry entry)
    {
        var report = entry.Report;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{report.SupplierName} → {report.RecipientName} ({report.ConflictName}). {VocabularyText.Label(report.Category)}; evidence: {VocabularyText.Label(report.EvidenceStatus).ToLowerInvariant()}; {VocabularyText.Label(report.Confidence).ToLowerInvariant()}. {Sentence(report.DateText)}.");
        text.AppendLine();
        text.AppendLine(entry.Summary);
        if (report.Retraction is { } retraction)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Retracted{(retraction.At is { } at ? $" on {at.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}" : string.Empty)}: {retraction.Reason}");
        }

        if (report.Correction is { } correction)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Corrected on {correction.At.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, after this link was made; this feed shows it as it was published then. Changed: {string.Join(", ", correction.Changes.Select(c => c.Label.ToLowerInvariant()))}.");
        }

        return text.ToString().TrimEnd();
    }

    private static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
