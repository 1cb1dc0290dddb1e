using System.Net;
using Microsoft.Data.Sqlite;

namespace Dashboard.IntegrationTests.Hosting;

public sealed class HealthTests
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/healthz/ready")]
    [InlineData("/healthz/live")]
    public async Task Health_OnWorkingDatabase_Is200ForAnonymousCallers(string path)
    {
        await using var app = new DashboardAppFactory();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"Healthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_WhenTheDatabaseFileIsUnreadable_Is503()
    {
        await using var app = new DashboardAppFactory();
        using var client = app.CreateClient();
        using (var healthy = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(app.DatabaseFile + suffix);
        }

        await File.WriteAllBytesAsync(app.DatabaseFile, Enumerable.Repeat((byte)0x5A, 8192).ToArray());

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"database\":\"Unhealthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
