using System.Text.Json;
using Dashboard.Core.Reports;

namespace Dashboard.Core.Export;

/// <summary>The workflow states as exports write them: draft, in-review, published, retracted.</summary>
public static class ReportStateNames
{
    /// <summary>The column an export appends after the format's columns; the importer ignores it.</summary>
    public const string Column = "state";

    public static string Of(ReportState state) => JsonNamingPolicy.KebabCaseLower.ConvertName(state.ToString());
}
