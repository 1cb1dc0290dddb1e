using Dashboard.Core.Export;

namespace Dashboard.Web.Api;

/// <summary>Registers what the API needs: JSON in the export conventions, and the OpenAPI document of <c>/api</c>.</summary>
public static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddDashboardApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options => ExportJson.Configure(options.SerializerOptions));
        services.AddOpenApi(options =>
        {
            // Only the API: the Identity form endpoints are not part of it.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Conflict Support Monitor API";
                document.Info.Description = "Read access to the reports for signed-in staff (cookie authentication): lists, single reports, statistics and exports of any filtered view.";
                return Task.CompletedTask;
            });
        });
        return services;
    }
}
