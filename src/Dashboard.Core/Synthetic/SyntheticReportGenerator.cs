using System.Globalization;
using Dashboard.Core.Import;
using Dashboard.Core.Reports;

namespace Dashboard.Core.Synthetic;

/// <summary>
/// Realistic, deterministic test data for performance work: reports modelled on the demo reports
/// (their suppliers, recipients, conflicts, categories, aid types, organizations and publishers, in
/// the same proportions), spread over ten years, with a few percent of drafts, reports in review
/// and retractions. The same seed always gives the same reports.
/// </summary>
public static class SyntheticReportGenerator
{
    /// <summary>The ten years the synthetic events fall in; fixed, so the output does not depend on today.</summary>
    public static readonly DateOnly FirstDay = new(2016, 1, 1);

    public static readonly DateOnly LastDay = new(2025, 12, 31);

    private static readonly Dictionary<string, (double Latitude, double Longitude, string Place)> Theatres = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Russia-Ukraine war"] = (48.5, 35.0, "eastern Ukraine"),
        ["Israel-Hamas war"] = (31.45, 34.4, "Gaza Strip"),
        ["Sudan civil war"] = (15.6, 32.5, "Khartoum"),
    };

    /// <summary>Generates <paramref name="count"/> reports from the templates (the demo reports, read by the CSV reader).</summary>
    public static IEnumerable<SyntheticReport> Generate(int count, int seed, IReadOnlyList<ParsedReport> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (templates.Count == 0)
        {
            throw new ArgumentException("At least one template report is needed.", nameof(templates));
        }

        // System.Random with a seed is deterministic for a given .NET version, which is what a
        // reproducible benchmark needs (it is not used for anything secret).
#pragma warning disable CA5394
        var random = new Random(seed);
        var aidTypes = templates.SelectMany(t => t.AidTypes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var publishers = templates.SelectMany(t => t.Sources).Select(s => s.Publisher).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var span = LastDay.DayNumber - FirstDay.DayNumber;
        for (var i = 1; i <= count; i++)
        {
            var template = templates[random.Next(templates.Count)];
            var start = FirstDay.AddDays(random.Next(span));
            var shape = random.NextDouble();
            DateOnly? from = start;
            DateOnly? to = shape switch
            {
                < 0.45 => start,
                < 0.85 => Min(start.AddDays(random.Next(1, 366)), LastDay),
                _ => null,
            };
            if (shape >= 0.95)
            {
                // Only the end is known, as in some demo reports.
                (from, to) = (null, start);
            }

            var reported = Min(start.AddDays(random.Next(0, 61)), LastDay);
            var types = new List<string>(template.AidTypes);
            if (random.NextDouble() < 0.2)
            {
                var extra = aidTypes[random.Next(aidTypes.Count)];
                if (!types.Contains(extra))
                {
                    types.Add(extra);
                }
            }

            var report = new ParsedReport
            {
                Line = i + 1,
                ExternalId = string.Create(CultureInfo.InvariantCulture, $"S{seed}-{i:D7}"),
                Title = Truncate(string.Create(CultureInfo.InvariantCulture, $"{template.Title} (synthetic {i})"), ReportLimits.TitleMax),
                Conflict = template.Conflict,
                SupplierCountryCode = template.SupplierCountryCode,
                RecipientCountryCode = template.RecipientCountryCode,
                Recipient = template.Recipient,
                Category = template.Category,
                AidTypes = types,
                Items = template.Items,
                Entities = template.Entities,
                ReportedDate = reported,
                EventDateFrom = from,
                EventDateTo = to,
                EvidenceStatus = random.NextDouble() < 0.9 ? template.EvidenceStatus : (EvidenceStatus)random.Next(4),
                Confidence = random.NextDouble() < 0.9 ? template.Confidence : (ConfidenceLevel)random.Next(3),
                Summary = Truncate(string.Create(CultureInfo.InvariantCulture, $"{template.Summary} Synthetic record {i}, generated for load tests from a demo report."), ReportLimits.SummaryMax),
            };
            report.Sources.Add(template.Sources[0] with { Line = i + 1 });
            var extraSources = random.Next(0, 3);
            for (var k = 1; k <= extraSources; k++)
            {
                report.Sources.Add(new ParsedSource(
                    i + 1,
                    string.Create(CultureInfo.InvariantCulture, $"Follow-up coverage {k} of synthetic record {i}"),
                    publishers[random.Next(publishers.Count)],
                    string.Create(CultureInfo.InvariantCulture, $"https://example.org/synthetic/{i}/{k}"),
                    Min(reported.AddDays(random.Next(0, 30)), LastDay)));
            }

            var stateRoll = random.NextDouble();
            var state = stateRoll switch
            {
                < 0.03 => ReportState.Draft,
                < 0.04 => ReportState.InReview,
                < 0.06 => ReportState.Retracted,
                _ => ReportState.Published,
            };
            (double Latitude, double Longitude, string Place)? location = null;
            if (random.NextDouble() < 0.15 && Theatres.TryGetValue(template.Conflict, out var theatre))
            {
                location = (
                    Math.Round(theatre.Latitude + (random.NextDouble() * 4) - 2, 4),
                    Math.Round(theatre.Longitude + (random.NextDouble() * 4) - 2, 4),
                    theatre.Place);
            }

            yield return new SyntheticReport(report, state, location?.Latitude, location?.Longitude, location?.Place);
        }
#pragma warning restore CA5394
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>A generated report: what the CSV format carries, plus its workflow state and location.</summary>
public sealed record SyntheticReport(ParsedReport Report, ReportState State, double? Latitude, double? Longitude, string? PlaceName);
