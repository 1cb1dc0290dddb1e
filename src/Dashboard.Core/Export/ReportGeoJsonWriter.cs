using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Countries;
using Dashboard.Core.Geography;
using Dashboard.Core.Reports;

namespace Dashboard.Core.Export;

/// <summary>
/// Writes a GeoJSON FeatureCollection (RFC 7946): a Point for each report with a location, and one
/// LineString per supplier country -> recipient pair, from the supplier's position to the recipient's
/// country, with the pair's report counts. A pair whose recipient has no country (a non-state party
/// such as Hamas or the RSF) or whose countries have no known position is written with a null
/// geometry, which GeoJSON allows for unlocated features, so that its counts are not lost.
/// </summary>
public static class ReportGeoJsonWriter
{
    public static async Task WriteAsync(
        Stream destination,
        ExportDocumentInfo info,
        IReadOnlyList<LocatedReport> points,
        IReadOnlyList<FlowCount> flows,
        ICountryPositions positions,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(positions);
        await using var json = new Utf8JsonWriter(destination);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteString("filter", info.Filter);
        json.WriteString("scope", JsonNamingPolicy.KebabCaseLower.ConvertName(info.Scope.ToString()));
        json.WriteString("exportedAt", info.ExportedAt);
        json.WriteStartArray("features");
        foreach (var point in points)
        {
            WritePoint(json, point);
            await FlushWhenFullAsync(json, cancellationToken);
        }

        foreach (var pair in flows
            .GroupBy(f => (f.SupplierCountryCode, Recipient: f.RecipientName.ToUpperInvariant()))
            .OrderBy(g => g.Key.SupplierCountryCode, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Recipient, StringComparer.Ordinal))
        {
            WriteFlow(json, pair.ToList(), positions);
            await FlushWhenFullAsync(json, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WritePoint(Utf8JsonWriter json, LocatedReport report)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", FormattableString.Invariant($"report-{report.Id}"));
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(report.Longitude);
        json.WriteNumberValue(report.Latitude);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("kind", "report");
        json.WriteNumber("reportId", report.Id);
        json.WriteString("externalId", report.ExternalId);
        json.WriteString("title", report.Title);
        json.WriteString("placeName", report.PlaceName);
        json.WriteString("supplier", report.SupplierCountryCode);
        json.WriteString("recipient", report.RecipientName);
        json.WriteString("category", WireNames.Of(report.Category));
        json.WriteString("evidenceStatus", WireNames.Of(report.EvidenceStatus));
        json.WriteString("state", ReportStateNames.Of(report.State));
        json.WriteString("reportedDate", report.ReportedDate.ToString(ReportRules.DateFormat, CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteFlow(Utf8JsonWriter json, List<FlowCount> counts, ICountryPositions positions)
    {
        var first = counts[0];
        var recipientCountry = counts.Select(c => c.RecipientCountryCode).FirstOrDefault(c => c is not null);
        var from = positions.Find(first.SupplierCountryCode);
        var to = positions.Find(recipientCountry);
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", $"flow-{first.SupplierCountryCode}-{first.RecipientName}");
        if (from is { } start && to is { } end)
        {
            json.WriteStartObject("geometry");
            json.WriteString("type", "LineString");
            json.WriteStartArray("coordinates");
            WritePosition(json, start);
            WritePosition(json, end);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("geometry");
        }

        json.WriteStartObject("properties");
        json.WriteString("kind", "flow");
        json.WriteString("supplier", first.SupplierCountryCode);
        json.WriteString("supplierName", CountryCatalog.NameOf(first.SupplierCountryCode));
        json.WriteString("recipient", first.RecipientName);
        json.WriteString("recipientCountry", recipientCountry);
        json.WriteNumber("reports", counts.Sum(c => c.Count));
        foreach (var category in Enum.GetValues<SupportCategory>())
        {
            json.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(category.ToString()), counts.Where(c => c.Category == category).Sum(c => c.Count));
        }

        json.WriteStartObject("byState");
        foreach (var state in counts.GroupBy(c => c.State).OrderBy(g => g.Key))
        {
            json.WriteNumber(ReportStateNames.Of(state.Key), state.Sum(c => c.Count));
        }

        json.WriteEndObject();
        if (from is null || to is null)
        {
            json.WriteString("geometryNote", recipientCountry is null
                ? "the recipient is a non-state party without a country, so the flow has no line"
                : "no position is known for one of the countries, so the flow has no line");
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, GeoPoint point)
    {
        json.WriteStartArray();
        json.WriteNumberValue(point.Longitude);
        json.WriteNumberValue(point.Latitude);
        json.WriteEndArray();
    }

    private static async Task FlushWhenFullAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        if (json.BytesPending > 32 * 1024)
        {
            await json.FlushAsync(cancellationToken);
        }
    }
}
