using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.IntegrationTests.Hosting;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task UnhandledError_OutsideDevelopment_ShowsAPlainPageWithAReferenceThatIsInTheLog()
    {
        var logs = new CollectingLoggerProvider();
        await using var app = new DashboardAppFactory(environment: "Production", configureServices: services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddTransient<IStartupFilter, ThrowingEndpointStartupFilter>();
        });
        using var client = app.CreateAppClient(https: true);
        await client.SignInOrFailAsync("viewer@example.org");

        using var response = await client.Http.GetAsync("/throw-for-test");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("at Dashboard", html, StringComparison.Ordinal);
        var reference = System.Text.RegularExpressions.Regex.Match(html, "<code>([^<]+)</code>").Groups[1].Value;
        Assert.NotEmpty(reference);
        Assert.Contains(logs.Messages, m => m.Contains(reference, StringComparison.Ordinal) && m.Contains("Unhandled error", StringComparison.Ordinal));
    }

    /// <summary>Adds, after the app's own pipeline, a path that throws: only for this test.</summary>
    private sealed class ThrowingEndpointStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == "/throw-for-test"
                ? throw new InvalidOperationException("A failure planted by the test")
                : nextMiddleware(context));
        };
    }
}
