using System.Net;
using Dashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.ScaleOut;

/// <summary>Two app processes over one database (a SQLite file), as several instances behind a proxy.</summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private readonly TempDirectory data = new();
    private readonly CookieContainer cookies = new();
    private AppProcess first = null!;
    private AppProcess second = null!;

    public async ValueTask InitializeAsync()
    {
        first = await AppProcess.StartAsync(data.Path);
        second = await AppProcess.StartAsync(data.Path);
    }

    [Fact]
    public async Task SignInOnOne_WorksOnTheOther_AndSurvivesARestartOfBoth()
    {
        using var client = Client();
        await SignInAsync(client, first.Address);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, new Uri(second.Address, "/reports")));

        var firstAddress = first.Address;
        var secondAddress = second.Address;
        await first.DisposeAsync();
        await second.DisposeAsync();
        first = await AppProcess.StartAsync(data.Path, port: firstAddress.Port);
        second = await AppProcess.StartAsync(data.Path, port: secondAddress.Port);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, new Uri(first.Address, "/reports")));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, new Uri(second.Address, "/reports")));
    }

    [Fact]
    public async Task AFormFromOne_IsAcceptedByTheOther()
    {
        using var client = Client();
        var app = new AppClient(client);

        // The antiforgery token of the first instance's form, posted to the second.
        var form = await app.GetFormFieldsAsync(new Uri(first.Address, "/Account/Login").ToString());
        form["Input.Email"] = "viewer@example.org";
        form["Input.Password"] = DashboardAppFactory.DemoPassword;
        using var response = await client.PostAsync(new Uri(second.Address, "/Account/Login"), new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task DataProtectionKeys_AreWrittenToTheDatabase_AndSharedByBoth()
    {
        using var client = Client();
        await SignInAsync(client, second.Address);

        var options = new DbContextOptionsBuilder<DashboardDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(data.Path, "dashboard.db")}", data.Path).Apply(options);
        await using var db = new DashboardDbContext(options.Options);
        var keys = await db.DataProtectionKeys.ToListAsync();

        Assert.Single(keys);
        Assert.Contains("<key id=", keys[0].Xml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, new Uri(first.Address, "/reports")));
    }

    public async ValueTask DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        data.Dispose();
    }

    private HttpClient Client() => new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });

    private static async Task SignInAsync(HttpClient client, Uri instance)
    {
        var app = new AppClient(client);
        var form = await app.GetFormFieldsAsync(new Uri(instance, "/Account/Login").ToString());
        form["Input.Email"] = "viewer@example.org";
        form["Input.Password"] = DashboardAppFactory.DemoPassword;
        using var response = await client.PostAsync(new Uri(instance, "/Account/Login"), new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, Uri address)
    {
        using var response = await client.GetAsync(address);
        return response.StatusCode;
    }
}
