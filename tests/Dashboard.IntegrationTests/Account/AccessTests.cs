using System.Net;

namespace Dashboard.IntegrationTests.Account;

public sealed class AccessTests : IAsyncLifetime
{
    private readonly DashboardAppFactory app = new();

    public static TheoryData<string> StaffPages { get; } = new(["/", "/map", "/timeline", "/reports", "/reports/1", "/countries/CN", "/organizations/1", "/admin"]);

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task StaffPage_Anonymous_IsSentToSignIn(string path)
    {
        using var client = app.CreateAppClient();

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_Anonymous_IsServed()
    {
        using var client = app.CreateAppClient();

        using var response = await client.Http.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign in", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminArea_Viewer_IsDenied()
    {
        using var client = app.CreateAppClient();
        await client.SignInOrFailAsync("viewer@example.org");

        using var response = await client.Http.GetAsync("/admin");

        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.PathAndQuery.StartsWith("/Account/AccessDenied", StringComparison.Ordinal)),
            $"Expected 403 or the access-denied page, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Theory]
    [InlineData("editor@example.org")]
    [InlineData("admin@example.org")]
    public async Task AdminArea_EditorsAndAdmins_AreLetIn(string email)
    {
        using var client = app.CreateAppClient();
        await client.SignInOrFailAsync(email);

        using var response = await client.Http.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ReportsPage_Viewer_IsServed()
    {
        using var client = app.CreateAppClient();
        await client.SignInOrFailAsync("viewer@example.org");

        using var response = await client.Http.GetAsync("/reports");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
