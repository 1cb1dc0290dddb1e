namespace Dashboard.Core.Map;

/// <summary>
/// One country shape of the world map, projected: its SVG path, the point where markers and arcs
/// attach, and the box of its largest part. Shapes without an ISO code (Kosovo, Northern Cyprus,
/// Somaliland, ...) have no <see cref="Code"/> and are drawn but never matched to report data.
/// </summary>
public sealed record MapCountry(
    string? Code,
    string? NumericCode,
    string Name,
    string PathData,
    MapPoint Anchor,
    MapRect MainBounds);
