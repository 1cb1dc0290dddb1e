using System.Net;
using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Admin;

/// <summary>Every admin page authorizes on the server: viewers are refused (and logged), editors stay out of the admins' pages.</summary>
public sealed class AdminAccessTests : IAsyncLifetime
{
    private readonly DashboardAppFactory app = new();

    public static TheoryData<string> EditorPages { get; } = new(["/admin", "/admin/reports/new", "/admin/reports/1/edit", "/admin/reports/1/history"]);

    public static TheoryData<string> AdminPages { get; } = new(["/admin/users", "/admin/audit", "/admin/reference"]);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Theory]
    [MemberData(nameof(EditorPages))]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_Viewer_IsDeniedAndLogged(string path)
    {
        using var client = app.CreateAppClient();
        await client.SignInOrFailAsync("viewer@example.org");

        using var response = await client.Http.GetAsync(path);

        AssertDenied(response);
        Assert.Contains(await FailuresAsync(), e => e.ObjectId == path && e.UserName == "viewer@example.org");
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminOnlyPage_Editor_IsDenied(string path)
    {
        using var client = app.CreateAppClient();
        await client.SignInOrFailAsync("editor@example.org");

        using var response = await client.Http.GetAsync(path);

        AssertDenied(response);
    }

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task EditorPage_Editor_IsServed(string path)
    {
        using var client = app.CreateAppClient();
        await client.SignInOrFailAsync("editor@example.org");

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminOnlyPage_Admin_IsServed(string path)
    {
        using var client = app.CreateAppClient();
        await client.SignInOrFailAsync("admin@example.org");

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static void AssertDenied(HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            $"Expected 403 or the access-denied page, got {(int)response.StatusCode} {response.Headers.Location}");

    private async Task<List<AuditEntry>> FailuresAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.AuthorizationFailed).ToListAsync();
    }
}
