using System.Globalization;
using Dashboard.Core.Export;
using Dashboard.Core.Filtering;
using Dashboard.Core.Identity;
using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;
using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Api;

/// <summary>
/// The read API and the exports under <c>/api/v1</c>, for signed-in staff (cookie). Lists and single
/// reports show what the report pages show (published and retracted reports; never drafts), the
/// statistics count published reports as the overview does, and exports add drafts only for editors
/// who ask for them. A malformed parameter is answered with 400 and a problem-details body naming it.
/// </summary>
public static class ReportApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1")
            .RequireAuthorization(Policies.Staff)
            .WithTags("Reports")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet("/reports", ListReportsAsync)
            .WithName("ListReports")
            .WithSummary("Reports that match the filter, newest reported first, one page at a time")
            .WithDescription("Published and retracted reports (retracted ones have state 'retracted'), as the report list shows them. The order is stable: reported date, newest first, then id.");
        api.MapGet("/reports/{id:int}", GetReportAsync)
            .WithName("GetReport")
            .WithSummary("One report with its sources")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/stats", GetStatisticsAsync)
            .WithName("GetStatistics")
            .WithSummary("Counts of published reports by category, supplier, recipient and month for the filter");

        api.MapGet("/export.csv", (HttpContext context, [AsParameters] FilterParameters filter, [AsParameters] ExportParameters export, ReportExporter exporter) =>
                Export(context, ExportFormat.Csv, exporter))
            .WithName("ExportCsv")
            .WithSummary("The filtered reports in the CSV interchange format (version 1), with a state column appended")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/export.json", (HttpContext context, [AsParameters] FilterParameters filter, [AsParameters] ExportParameters export, ReportExporter exporter) =>
                Export(context, ExportFormat.Json, exporter))
            .WithName("ExportJson")
            .WithSummary("The filtered reports with their sources as one JSON document")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/export.geojson", (HttpContext context, [AsParameters] FilterParameters filter, [AsParameters] ExportParameters export, ReportExporter exporter) =>
                Export(context, ExportFormat.GeoJson, exporter))
            .WithName("ExportGeoJson")
            .WithSummary("Points for located reports and one line per supplier -> recipient pair with its counts (GeoJSON)")
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    private static async Task<Results<Ok<ReportPageResponse>, ProblemHttpResult>> ListReportsAsync(
        HttpContext context,
        [AsParameters] FilterParameters filterParameters,
        [AsParameters] PageParameters pageParameters,
        ReportExportQueries queries,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var filter = ReadFilter(context, errors);
        var page = ReadInteger(pageParameters.Page, "page", 1, 1, int.MaxValue / ReportPageRequest.MaxPageSize, errors);
        var pageSize = ReadInteger(pageParameters.PageSize, "pageSize", ReportPageRequest.DefaultPageSize, 1, ReportPageRequest.MaxPageSize, errors);
        if (errors.Count > 0)
        {
            return BadRequest(errors);
        }

        var result = await queries.PageAsync(filter, ExportScope.StaffVisible, page, pageSize, cancellationToken);
        return TypedResults.Ok(new ReportPageResponse(result.TotalCount, page, pageSize, result.Items.Select(ReportSummaryResponse.From).ToList()));
    }

    private static async Task<Results<Ok<ExportedReport>, ProblemHttpResult>> GetReportAsync(int id, ReportExportQueries queries, CancellationToken cancellationToken)
    {
        var report = await queries.GetAsync(id, ExportScope.StaffVisible, cancellationToken);
        return report is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Report not found", detail: FormattableString.Invariant($"There is no published or retracted report with id {id}."))
            : TypedResults.Ok(report);
    }

    private static async Task<Results<Ok<StatisticsResponse>, ProblemHttpResult>> GetStatisticsAsync(
        HttpContext context,
        [AsParameters] FilterParameters filterParameters,
        ReportStatistics statistics,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var filter = ReadFilter(context, errors);
        if (errors.Count > 0)
        {
            return BadRequest(errors);
        }

        var suppliers = await statistics.BySupplierAsync(filter, cancellationToken);
        var recipients = await statistics.ByRecipientAsync(filter, cancellationToken);
        var months = await statistics.ByMonthAsync(filter, cancellationToken);
        var total = suppliers.Aggregate(CategoryCounts.Zero, (sum, s) => sum with
        {
            Lethal = sum.Lethal + s.Counts.Lethal,
            NonLethal = sum.NonLethal + s.Counts.NonLethal,
            DualUse = sum.DualUse + s.Counts.DualUse,
        });
        return TypedResults.Ok(new StatisticsResponse(
            filter.ToQueryString(),
            CategoryCountsResponse.From(total),
            suppliers.Select(s => new SupplierCountResponse(s.CountryCode, s.CountryName, CategoryCountsResponse.From(s.Counts))).ToList(),
            recipients.Select(r => new RecipientCountResponse(r.Name, r.CountryCode, CategoryCountsResponse.From(r.Counts))).ToList(),
            months.Select(m => new MonthCountResponse(m.FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture), CategoryCountsResponse.From(m.Counts))).ToList()));
    }

    private static IResult Export(HttpContext context, ExportFormat format, ReportExporter exporter)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var filter = ReadFilter(context, errors);
        var drafts = context.Request.Query["drafts"].ToString().Trim();
        var withDrafts = false;
        if (drafts.Length > 0 && !bool.TryParse(drafts, out withDrafts))
        {
            errors["drafts"] = [$"'{drafts}' is not true or false"];
        }

        if (errors.Count > 0)
        {
            return BadRequest(errors);
        }

        // The role is checked here, on the server: a viewer's request for drafts is refused, never quietly served.
        if (withDrafts && !context.User.IsInRole(Roles.Editor) && !context.User.IsInRole(Roles.Admin))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Drafts are for editors", detail: "Only editors and admins may export drafts and reports in review (drafts=true).");
        }

        var scope = withDrafts ? ExportScope.WithDrafts : ExportScope.StaffVisible;
        context.Response.Headers.CacheControl = "no-store";
        return Results.Stream(
            stream => exporter.WriteAsync(stream, format, filter, scope, context.RequestAborted),
            ReportExporter.ContentTypeOf(format),
            exporter.FileNameFor(format));
    }

    /// <summary>The filter of the request; every notice of the parser becomes an error naming its key.</summary>
    private static ReportFilter ReadFilter(HttpContext context, Dictionary<string, string[]> errors)
    {
        var parsed = ReportFilter.Parse(context.Request.QueryString.Value);
        foreach (var notice in parsed.Notices)
        {
            var message = $"'{ReportRules.Shorten(notice.Value)}' {notice.Reason}";
            errors[notice.Key] = errors.TryGetValue(notice.Key, out var existing) ? [.. existing, message] : [message];
        }

        return parsed.Filter;
    }

    private static int ReadInteger(string? text, string name, int defaultValue, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultValue;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"'{ReportRules.Shorten(text)}' is not a whole number from {min} to {max}"];
        return defaultValue;
    }

    private static ProblemHttpResult BadRequest(Dictionary<string, string[]> errors) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Malformed parameters",
            detail: string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")),
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
}
