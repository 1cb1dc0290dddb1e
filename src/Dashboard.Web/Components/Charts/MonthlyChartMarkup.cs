using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;
using Dashboard.Web.Components.Common;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// The markup of the monthly chart and its table twin, built once per set of months as one string.
/// As components, ten years of stacked bars are thousands of render-tree frames and hundreds of
/// small strings that every interactive circuit keeps (twice, for diffing); the chart is static
/// (plain links, no handlers), so one string does the same job. Every text and attribute value goes
/// through <see cref="HtmlEncoder.Default"/>, as the renderer's own output does.
/// </summary>
public static class MonthlyChartMarkup
{
    public const double Width = 900;
    public const double Height = 260;
    private const double Left = 40;
    private const double Right = 10;
    private const double Top = 10;
    private const double Bottom = 28;
    private static readonly int[] StepMultiples = [1, 2, 5, 10];

    /// <summary>The chart (a figure with its legend) followed by the table of the same numbers.</summary>
    /// <param name="months">At least one month.</param>
    /// <param name="hrefFor">The address of the reports behind a month, for one category or (null) all.</param>
    /// <param name="basisNote">Says which date the months count by.</param>
    public static string Build(IReadOnlyList<MonthCount> months, Func<MonthCount, SupportCategory?, string> hrefFor, string basisNote)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(hrefFor);
        ArgumentOutOfRangeException.ThrowIfZero(months.Count);
        var html = new StringBuilder(months.Count * 1500);
        AppendChart(html, months, hrefFor, basisNote);
        AppendTable(html, months, hrefFor);
        return html.ToString();
    }

    private static void AppendChart(StringBuilder html, IReadOnlyList<MonthCount> months, Func<MonthCount, SupportCategory?, string> hrefFor, string basisNote)
    {
        var maxTotal = Math.Max(1, months.Max(m => m.Counts.Total));
        var step = NiceStep(maxTotal);
        var axisMax = (int)Math.Ceiling(maxTotal / (double)step) * step;
        var slot = (Width - Left - Right) / months.Count;
        var barWidth = Math.Max(1, slot * 0.8);
        var every = Math.Max(1, (int)Math.Ceiling(months.Count / 12.0));
        double YOf(int value) => Height - Bottom - (Height - Top - Bottom) * value / axisMax;

        var summary = $"Reports per month from {MonthLabel(months[0])} to {MonthLabel(months[^1])}, stacked by category; {months.Sum(m => m.Counts.Total)} in all. The table below has the same numbers.";
        html.Append("<figure class=\"monthly-chart\" data-testid=\"monthly-chart\">");
        html.Append("<svg viewBox=\"0 0 ").Append(F(Width)).Append(' ').Append(F(Height)).Append("\" role=\"group\" aria-label=\"").Append(Encode(summary)).Append("\" preserveAspectRatio=\"xMinYMin meet\">");
        for (var tick = 0; tick <= axisMax; tick += step)
        {
            var y = YOf(tick);
            Line(html, Left, Width - Right, y, "chart-grid");
            Text(html, Left - 6, y + 4, "end", tick.ToString(CultureInfo.InvariantCulture));
        }

        for (var i = 0; i < months.Count; i++)
        {
            var month = months[i];
            var x = Left + i * slot + (slot - barWidth) / 2;
            var stacked = 0;
            foreach (var category in CategoryStyle.Ordered)
            {
                var count = month.Counts[category];
                if (count == 0)
                {
                    continue;
                }

                var top = YOf(stacked + count);
                var height = YOf(stacked) - top;
                stacked += count;
                var label = Encode($"{MonthLabel(month)}: {count} {VocabularyText.Label(category).ToLowerInvariant()}");
                html.Append("<a href=\"").Append(Encode(hrefFor(month, category))).Append("\" tabindex=\"-1\" aria-label=\"").Append(label).Append("\" data-testid=\"chart-segment\">");
                html.Append("<rect x=\"").Append(F(x)).Append("\" y=\"").Append(F(top)).Append("\" width=\"").Append(F(barWidth)).Append("\" height=\"").Append(F(height))
                    .Append("\" fill=\"").Append(Encode(CategoryStyle.Color(category))).Append("\" class=\"chart-bar\"><title>").Append(label).Append("</title></rect></a>");
            }

            if (i % every == 0)
            {
                Text(html, Left + i * slot + slot / 2, Height - Bottom + 16, "middle", AxisLabel(month, months.Count));
            }
        }

        Line(html, Left, Width - Right, Height - Bottom, "chart-axis-line");
        html.Append("</svg><figcaption class=\"chart-legend\">");
        foreach (var category in CategoryStyle.Ordered)
        {
            html.Append("<span class=\"chart-legend-item\"><span class=\"chart-swatch\" style=\"background:").Append(Encode(CategoryStyle.Color(category)))
                .Append("\" aria-hidden=\"true\"></span>").Append(Encode(CategoryStyle.Symbol(category))).Append(' ').Append(Encode(VocabularyText.Label(category))).Append("</span>");
        }

        html.Append("<span class=\"chart-legend-note\">").Append(Encode(basisNote)).Append("</span></figcaption></figure>");
    }

    private static void AppendTable(StringBuilder html, IReadOnlyList<MonthCount> months, Func<MonthCount, SupportCategory?, string> hrefFor)
    {
        // The classes MudSimpleTable gives a dense, hovering table, so the twin looks as it did.
        html.Append("<details class=\"table-twin\" data-testid=\"monthly-table\"><summary>Table of these numbers</summary>");
        html.Append("<div class=\"mud-table mud-simple-table mud-table-dense mud-table-hover mud-elevation-1 mt-2\"><div class=\"mud-table-container\"><table><thead><tr><th scope=\"col\">Month</th>");
        foreach (var category in CategoryStyle.Ordered)
        {
            html.Append("<th scope=\"col\" class=\"num\">").Append(Encode(VocabularyText.Label(category))).Append("</th>");
        }

        html.Append("<th scope=\"col\" class=\"num\">Total</th></tr></thead><tbody>");
        for (var i = months.Count - 1; i >= 0; i--)
        {
            var month = months[i];
            if (month.Counts.Total == 0)
            {
                continue;
            }

            html.Append("<tr><th scope=\"row\">").Append(Encode(MonthLabel(month))).Append("</th>");
            foreach (var category in CategoryStyle.Ordered)
            {
                var count = month.Counts[category];
                html.Append("<td class=\"num\">");
                if (count > 0)
                {
                    html.Append("<a href=\"").Append(Encode(hrefFor(month, category))).Append("\">").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</a>");
                }
                else
                {
                    html.Append("<span>0</span>");
                }

                html.Append("</td>");
            }

            html.Append("<td class=\"num\"><a href=\"").Append(Encode(hrefFor(month, null))).Append("\">").Append(month.Counts.Total.ToString(CultureInfo.InvariantCulture)).Append("</a></td></tr>");
        }

        html.Append("</tbody></table></div></div></details>");
    }

    private static void Line(StringBuilder html, double x1, double x2, double y, string cssClass) =>
        html.Append("<line x1=\"").Append(F(x1)).Append("\" x2=\"").Append(F(x2)).Append("\" y1=\"").Append(F(y)).Append("\" y2=\"").Append(F(y)).Append("\" class=\"").Append(cssClass).Append("\"></line>");

    private static void Text(StringBuilder html, double x, double y, string anchor, string text) =>
        html.Append("<text x=\"").Append(F(x)).Append("\" y=\"").Append(F(y)).Append("\" text-anchor=\"").Append(anchor).Append("\" class=\"chart-axis\">").Append(Encode(text)).Append("</text>");

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>"January 2024": the name of a month in labels and the table.</summary>
    public static string MonthLabel(MonthCount month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return month.FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
    }

    private static string AxisLabel(MonthCount month, int monthCount) => monthCount > 24
        ? month.FirstDay.ToString("yyyy", CultureInfo.InvariantCulture)
        : month.FirstDay.ToString("MMM yy", CultureInfo.InvariantCulture);

    private static int NiceStep(int max)
    {
        var rough = max / 4.0;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(1, rough))));
        var step = StepMultiples.Select(m => m * magnitude).First(s => s >= rough);
        return Math.Max(1, (int)step);
    }
}
