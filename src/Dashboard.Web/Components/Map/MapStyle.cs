using System.Globalization;
using Dashboard.Core.Map;
using Dashboard.Core.Reports;
using Dashboard.Web.Components.Common;

namespace Dashboard.Web.Components.Map;

/// <summary>
/// How the map draws its classes. Supplier shading is one sequential green scale (light to dark, so it
/// reads in greyscale and for colour-blind readers, and never competes with the category colours of
/// <see cref="CategoryStyle"/> that the arcs and points use). Arcs also carry a dash pattern per
/// category, so their category reads without colour too.
/// </summary>
public static class MapStyle
{
    private static readonly string[] Greens = ["#d9f0d3", "#a6dba0", "#5aae61", "#1b7837", "#00441b"];
    private static readonly double[] ArcWidths = [1.2, 2, 3, 4.5, 6.5];

    /// <summary>The shading scale, lightest first; CSS classes map-shade-0 to map-shade-4.</summary>
    public static IReadOnlyList<string> ShadePalette => Greens;

    /// <summary>The step of the scale for a shading class, spread over the scale when there are fewer than five classes.</summary>
    public static int ShadeIndex(CountClass shade, int classCount)
    {
        ArgumentNullException.ThrowIfNull(shade);
        return Spread(shade.Index, classCount, Greens.Length);
    }

    public static string ShadeColor(CountClass shade, int classCount) => Greens[ShadeIndex(shade, classCount)];

    /// <summary>An arc's width in map units at the world view.</summary>
    public static double ArcWidth(CountClass width, int classCount)
    {
        ArgumentNullException.ThrowIfNull(width);
        return ArcWidths[Spread(width.Index, classCount, ArcWidths.Length)];
    }

    /// <summary>Solid for lethal, dashed for dual-use, dotted for non-lethal (in units of the stroke width).</summary>
    public static string? DashPattern(SupportCategory category, double strokeWidth) => category switch
    {
        SupportCategory.DualUse => Number(strokeWidth * 3) + " " + Number(strokeWidth * 1.2),
        SupportCategory.NonLethal => Number(strokeWidth * 0.9) + " " + Number(strokeWidth * 1.1),
        _ => null,
    };

    /// <summary>A point marker's shape around (0,0), the category's symbol: triangle, diamond or circle.</summary>
    public static string PointShape(SupportCategory category, double size) => category switch
    {
        SupportCategory.Lethal => $"M0 {Number(-size)}L{Number(size * 0.9)} {Number(size * 0.7)}L{Number(-size * 0.9)} {Number(size * 0.7)}z",
        SupportCategory.DualUse => $"M0 {Number(-size)}L{Number(size)} 0L0 {Number(size)}L{Number(-size)} 0z",
        _ => $"M{Number(-size * 0.8)} 0a{Number(size * 0.8)} {Number(size * 0.8)} 0 1 0 {Number(size * 1.6)} 0a{Number(size * 0.8)} {Number(size * 0.8)} 0 1 0 {Number(-size * 1.6)} 0z",
    };

    /// <summary>A non-state recipient's marker around (0,0): a square, unlike any category symbol.</summary>
    public static string NonStateShape(double size) => $"M{Number(-size)} {Number(-size)}h{Number(2 * size)}v{Number(2 * size)}h{Number(-2 * size)}z";

    /// <summary>
    /// The map's style sheet with fixed light colours, for the exported SVG (on the page, app.css holds
    /// the same rules with the theme's colours, light or dark).
    /// </summary>
    public static string StandaloneCss()
    {
        var css = new System.Text.StringBuilder();
        css.Append(".map-ocean{fill:#eef3f8}.map-country{fill:#d6d6d6;stroke:#ffffff}.map-recipient{stroke:#1a1a1a}.map-highlight{stroke:#6a3d9a}");
        for (var i = 0; i < Greens.Length; i++)
        {
            css.Append(CultureInfo.InvariantCulture, $".map-shade-{i}{{fill:{Greens[i]}}}");
        }

        foreach (var category in CategoryStyle.Ordered)
        {
            var name = CategoryStyle.CssName(category);
            var color = CategoryStyle.Color(category);
            css.Append(CultureInfo.InvariantCulture, $".map-arc-{name}{{stroke:{color}}}.map-arrow-{name}{{fill:{color}}}.map-point-{name}{{fill:{color};stroke:#ffffff}}");
        }

        css.Append(".map-arc-hit{stroke:transparent}.map-nonstate-marker{fill:#ffffff;stroke:#1a1a1a}");
        css.Append(".map-label{fill:#1a1a1a;stroke:#ffffff;paint-order:stroke;stroke-linejoin:round}");
        css.Append(".map-caption{fill:#1a1a1a;font-size:15px}.map-caption-small{fill:#555555;font-size:13px}");
        return css.ToString();
    }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static int Spread(int index, int count, int available) =>
        count <= 1 ? available / 2 : (int)Math.Round(index * (available - 1) / (double)(count - 1));
}
