namespace Dashboard.Web.Hosting;

/// <summary>
/// <c>dotnet Dashboard.Web.dll healthcheck</c>: asks the running app's <c>/healthz</c> (the app and its database) and exits 0 or 1.
/// The container health check uses it, so the final image needs no curl.
/// </summary>
public static class HealthProbe
{
    public const string Command = "healthcheck";

    public static async Task<int> RunAsync()
    {
        var port = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS")?.Split(';', ',')[0] is { Length: > 0 } configured ? configured : "8080";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri($"http://localhost:{port}/healthz"));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException)
        {
            return 1;
        }
        catch (TaskCanceledException)
        {
            return 1;
        }
    }
}
