using System.Net;
using Dashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.ScaleOut;

/// <summary>Two app processes over one database (a SQLite file), as several instances behind a proxy.</summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private readonly CookieContainer cookies = new();
    private TwoAppProcesses apps = null!;

    private AppProcess First => apps.First;

    private AppProcess Second => apps.Second;

    public async ValueTask InitializeAsync() => apps = await TwoAppProcesses.StartAsync();

    [Fact]
    public async Task SignInOnOne_WorksOnTheOther_AndSurvivesARestartOfBoth()
    {
        using var client = Client();
        await SignInAsync(client, First.Address);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, new Uri(Second.Address, "/reports")));

        await apps.RestartAsync();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, new Uri(First.Address, "/reports")));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, new Uri(Second.Address, "/reports")));
    }

    [Fact]
    public async Task AFormFromOne_IsAcceptedByTheOther()
    {
        using var client = Client();
        var app = new AppClient(client);

        // The antiforgery token of the first instance's form, posted to the second.
        var form = await app.GetFormFieldsAsync(new Uri(First.Address, "/Account/Login").ToString());
        form["Input.Email"] = "viewer@example.org";
        form["Input.Password"] = DashboardAppFactory.DemoPassword;
        using var response = await client.PostAsync(new Uri(Second.Address, "/Account/Login"), new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task DataProtectionKeys_AreWrittenToTheDatabase_AndSharedByBoth()
    {
        using var client = Client();
        await SignInAsync(client, Second.Address);

        var options = new DbContextOptionsBuilder<DashboardDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(apps.DataPath, "dashboard.db")}", apps.DataPath).Apply(options);
        await using var db = new DashboardDbContext(options.Options);
        var keys = await db.DataProtectionKeys.ToListAsync();

        Assert.Single(keys);
        Assert.Contains("<key id=", keys[0].Xml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, new Uri(First.Address, "/reports")));
    }

    public ValueTask DisposeAsync() => apps.DisposeAsync();

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
