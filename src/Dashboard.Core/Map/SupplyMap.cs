using System.Globalization;
using Dashboard.Core.Conflicts;
using Dashboard.Core.Countries;
using Dashboard.Core.Statistics;

namespace Dashboard.Core.Map;

/// <summary>A country shape with what the filtered reports say about it.</summary>
public sealed record CountryOnMap(MapCountry Shape, CategoryCounts? Supplied, CountClass? Shade, CategoryCounts? Received, bool IsHighlighted)
{
    public bool IsSupplier => Supplied is not null;

    /// <summary>A state recipient's country (outlined on the recipients layer).</summary>
    public bool IsRecipient => Received is not null;
}

/// <summary>A recipient party placed on the map: a state at its country's point, a non-state party beside the point of the country where it operates.</summary>
public sealed record RecipientOnMap(string Name, PartyKind Kind, string CountryCode, string CountryName, MapPoint Point, CategoryCounts Counts);

/// <summary>One curved arrow from a supplier to a recipient, its width class from the number of reports.</summary>
public sealed record ArcOnMap(SupplierFlow Flow, string PathData, CountClass WidthClass, MapPoint From, MapPoint To);

/// <summary>A located report at its projected position.</summary>
public sealed record PointOnMap(LocatedReport Report, MapPoint Point);

/// <summary>Everything the map draws for one filter, computed from <see cref="MapData"/> and the world's shapes.</summary>
public sealed record MapScene(
    IReadOnlyList<CountryOnMap> Countries,
    IReadOnlyList<CountClass> SupplierClasses,
    IReadOnlyList<ArcOnMap> Arcs,
    IReadOnlyList<CountClass> ArcClasses,
    IReadOnlyList<RecipientOnMap> Recipients,
    IReadOnlyList<PointOnMap> Points,
    IReadOnlyList<string> SuppliersNotDrawn,
    IReadOnlyList<string> RecipientsNotPlaced,
    MapData Data)
{
    public IEnumerable<RecipientOnMap> NonStateRecipients => Recipients.Where(r => r.Kind == PartyKind.NonState);
}

/// <summary>
/// Computes the layers of the supply map: supplier countries shaded in count classes, recipients
/// placed, one arc per supplier-recipient pair with a width class, and located reports as points.
/// Pure computation over the query's figures; no database and no UI.
/// </summary>
public static class SupplyMap
{
    /// <summary>How far from its country's point a non-state recipient's marker sits, in map units.</summary>
    public const double NonStateOffset = 7;

    /// <summary>How far an arc bulges sideways, as a share of its length.</summary>
    public const double ArcBend = 0.22;

    public static MapScene Build(MapData data, WorldGeometry world, string? highlightedCountry = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(world);
        var supplied = data.BySupplier;
        var supplierClasses = CountClasses.For(supplied.Values.Select(c => c.Total));
        var recipients = PlaceRecipients(data.Flows, world, out var notPlaced);
        var received = recipients.Where(r => r.Kind == PartyKind.State)
            .GroupBy(r => r.CountryCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => MapData.Sum(g.Select(r => r.Counts)), StringComparer.Ordinal);
        var highlight = highlightedCountry?.ToUpperInvariant();

        var countries = world.Countries.Select(shape =>
        {
            var code = shape.Code;
            var counts = code is not null && supplied.TryGetValue(code, out var s) ? s : null;
            return new CountryOnMap(
                shape,
                counts,
                counts is null ? null : CountClasses.Of(supplierClasses, counts.Total),
                code is not null && received.TryGetValue(code, out var r) ? r : null,
                code is not null && code == highlight);
        }).ToList();

        var arcClasses = CountClasses.For(data.Flows.Select(f => f.Counts.Total));
        var byRecipient = recipients.ToDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);
        var arcs = new List<ArcOnMap>();
        foreach (var flow in data.Flows)
        {
            if (world.Find(flow.SupplierCode) is not { } supplier || !byRecipient.TryGetValue(flow.Recipient, out var recipient))
            {
                continue;
            }

            arcs.Add(new ArcOnMap(flow, ArcPath(supplier.Anchor, recipient.Point), CountClasses.Of(arcClasses, flow.Counts.Total)!, supplier.Anchor, recipient.Point));
        }

        var points = data.Points.Select(p => new PointOnMap(p, WorldGeometry.Project(p.Longitude, p.Latitude))).ToList();
        var suppliersNotDrawn = supplied.Keys.Where(code => world.Find(code) is null).Select(CountryCatalog.NameOf).Order(StringComparer.Ordinal).ToList();

        // Thin arcs last, so they are drawn on top of thick ones and stay visible.
        arcs = arcs.OrderByDescending(a => a.Flow.Counts.Total).ThenBy(a => a.Flow.SupplierName, StringComparer.Ordinal).ThenBy(a => a.Flow.Recipient, StringComparer.Ordinal).ToList();
        return new MapScene(countries, supplierClasses, arcs, arcClasses, recipients, points, suppliersNotDrawn, notPlaced, data);
    }

    /// <summary>
    /// A quadratic curve from a to b that bulges to the left of the direction of travel, so the arcs
    /// of a pair supplying each other do not overlap. A flow within one point becomes a small loop.
    /// </summary>
    public static string ArcPath(MapPoint from, MapPoint to)
    {
        var dx = to.X - from.X;
        var dy = to.Y - from.Y;
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        if (length < 1)
        {
            const double r = 6;
            return string.Create(CultureInfo.InvariantCulture, $"M{from.X:0.#} {from.Y:0.#}C{from.X - r:0.#} {from.Y - (2 * r):0.#} {from.X + r:0.#} {from.Y - (2 * r):0.#} {to.X:0.#} {to.Y:0.#}");
        }

        var control = new MapPoint(from.X + (dx / 2) + (dy * ArcBend), from.Y + (dy / 2) - (dx * ArcBend));
        return string.Create(CultureInfo.InvariantCulture, $"M{from.X:0.#} {from.Y:0.#}Q{control.X:0.#} {control.Y:0.#} {to.X:0.#} {to.Y:0.#}");
    }

    private static List<RecipientOnMap> PlaceRecipients(IReadOnlyList<SupplierFlow> flows, WorldGeometry world, out IReadOnlyList<string> notPlaced)
    {
        var parties = flows
            .GroupBy(f => f.Recipient, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Name: g.First().Recipient, g.First().RecipientKind, Code: g.First().RecipientCountryCode, Counts: MapData.Sum(g.Select(f => f.Counts))))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var placed = new List<RecipientOnMap>();
        var missing = new List<string>();
        foreach (var byCountry in parties.GroupBy(p => p.Code))
        {
            var shape = world.Find(byCountry.Key);
            if (shape is null)
            {
                missing.AddRange(byCountry.Select(p => p.Name));
                continue;
            }

            var nonState = byCountry.Where(p => p.RecipientKind == PartyKind.NonState).ToList();
            foreach (var party in byCountry)
            {
                var point = shape.Anchor;
                if (party.RecipientKind == PartyKind.NonState)
                {
                    // Around the country's point, clockwise from the upper right, so several never overlap.
                    var angle = (-60 + (360.0 * nonState.IndexOf(party) / nonState.Count)) * Math.PI / 180;
                    point = new MapPoint(point.X + (NonStateOffset * Math.Cos(angle)), point.Y + (NonStateOffset * Math.Sin(angle)));
                }

                placed.Add(new RecipientOnMap(party.Name, party.RecipientKind, shape.Code!, shape.Name, point, party.Counts));
            }
        }

        notPlaced = missing.Order(StringComparer.Ordinal).ToList();
        return placed.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }
}
