using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Core.Export;

/// <summary>
/// How exports and the API write JSON: camelCase names, and the vocabularies in the same lower-case
/// names as addresses and CSV files (<c>dual-use</c>, <c>in-review</c>, <c>news-report</c>).
/// </summary>
public static class ExportJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Applies the conventions to a serializer's options (the API's, for example).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }
}
