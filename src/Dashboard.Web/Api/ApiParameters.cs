using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Api;

/// <summary>
/// The filter keys of every view (design.md section 4), declared so that the OpenAPI document lists
/// them. Values are bound as text and read by <c>ReportFilter.Parse</c>, which names what is wrong.
/// </summary>
public sealed class FilterParameters
{
    [FromQuery(Name = "conflict"), Description("Conflict slug, for example russia-ukraine-war.")]
    public string? Conflict { get; init; }

    [FromQuery(Name = "supplier"), Description("Supplier country as an ISO 3166-1 alpha-2 code; repeatable.")]
    public string[]? Supplier { get; init; }

    [FromQuery(Name = "recipient"), Description("Recipient party name, in any conflict.")]
    public string? Recipient { get; init; }

    [FromQuery(Name = "category"), Description("lethal, non-lethal or dual-use; repeatable.")]
    public string[]? Category { get; init; }

    [FromQuery(Name = "type"), Description("Aid type tag, for example machine-tools; repeatable.")]
    public string[]? Type { get; init; }

    [FromQuery(Name = "status"), Description("alleged, reported, confirmed or denied; repeatable.")]
    public string[]? Status { get; init; }

    [FromQuery(Name = "confidence"), Description("low, medium or high; repeatable.")]
    public string[]? Confidence { get; init; }

    [FromQuery(Name = "from"), Description("Start of the date range, YYYY-MM-DD.")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("End of the date range, YYYY-MM-DD.")]
    public string? To { get; init; }

    [FromQuery(Name = "dates"), Description("What the range applies to: event (default), started or reported.")]
    public string? Dates { get; init; }

    [FromQuery(Name = "q"), Description("Text searched in titles, summaries, items, organizations and source titles (at most 200 characters).")]
    public string? Q { get; init; }
}

/// <summary>Paging of the report list.</summary>
public sealed class PageParameters
{
    [FromQuery(Name = "page"), Description("Page number, from 1 (default 1). An integer.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize"), Description("Reports per page, 1 to 200 (default 25). An integer.")]
    public string? PageSize { get; init; }
}

/// <summary>What an export may contain.</summary>
public sealed class ExportParameters
{
    [FromQuery(Name = "drafts"), Description("true to include drafts and reports in review, each marked with its state (editors and admins only). Default false.")]
    public string? Drafts { get; init; }
}
