using System.Security.Claims;
using AngleSharp.Dom;
using Dashboard.Core.Identity;
using Dashboard.Web.Components.Pages.Admin.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Components.Pages.Admin.Reports;

/// <summary>The editor shows the server's validation messages on their fields and keeps what was typed.</summary>
public sealed class ReportEditorPageTests : DashboardTestContext, IAsyncLifetime
{
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(withDemoReports: false);
        var editor = await TestAccounts.AddAsync(database, "editor@example.org", Roles.Editor);
        UseDatabase(database);
        var authorization = AddAuthorization();
        authorization.SetAuthorized("editor@example.org");
        authorization.SetRoles(Roles.Editor);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, editor.UserId!));
        RenderInteractively();
    }

    [Fact]
    public async Task Save_WithAShortTitle_ShowsTheMessageOnTheTitle_AndKeepsTheInput()
    {
        var page = RenderEditor();

        page.Find("#title").Input("Abc");
        page.Find("[data-testid=save]").Click();

        page.WaitForAssertion(() => Assert.Contains(
            "Title must be between 5 and 200 characters long (it has 3)",
            FieldOf(page, "#title").TextContent,
            StringComparison.Ordinal));
        Assert.Equal("Abc", page.Find("#title").GetAttribute("value"));
        Assert.Contains("Nothing was saved", page.Find("[data-testid=error-summary]").TextContent, StringComparison.Ordinal);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Reports.CountAsync());
    }

    [Fact]
    public void Save_WithAnEmptyForm_NamesEveryRequiredField()
    {
        var page = RenderEditor();

        page.Find("[data-testid=save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Summary is required", FieldOf(page, "#summary").TextContent, StringComparison.Ordinal));
        var summary = page.Find("[data-testid=error-summary]").TextContent;
        Assert.Contains("Title is required", summary, StringComparison.Ordinal);
        Assert.Contains("Conflict is required", summary, StringComparison.Ordinal);
        Assert.Contains("Supplier country is required", summary, StringComparison.Ordinal);
        Assert.Contains("Aid types: choose at least one", summary, StringComparison.Ordinal);
        Assert.Contains("Reported date is required", summary, StringComparison.Ordinal);
        Assert.Contains("Source 1 title is required", FieldOf(page, "#source-0-title").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_WithAJavascriptSourceAddress_ShowsTheMessageOnThatSource()
    {
        var page = RenderEditor();

        page.Find("#source-0-url").Change("javascript:alert(1)");
        page.Find("[data-testid=save]").Click();

        page.WaitForAssertion(() => Assert.Contains(
            "Source 1 address 'javascript:alert(1)' is not an http or https address",
            FieldOf(page, "#source-0-url").TextContent,
            StringComparison.Ordinal));
        Assert.Equal("javascript:alert(1)", page.Find("#source-0-url").GetAttribute("value"));
    }

    [Fact]
    public void Save_WithALatitudeOutOfRange_ShowsTheMessageOnTheLatitude()
    {
        var page = RenderEditor();

        page.Find("#latitude").Input("95");
        page.Find("#longitude").Input("30");
        page.Find("[data-testid=save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Latitude must be between -90 and 90", FieldOf(page, "#latitude").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Longitude", FieldOf(page, "#longitude").TextContent.Replace("Longitude (-180 to 180)", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void AddASource_ThenMoveItUp_ReordersTheSources()
    {
        var page = RenderEditor();
        page.Find("#source-0-title").Change("First");

        page.FindAll("button").First(b => b.TextContent.Contains("Add a source", StringComparison.Ordinal)).Click();
        page.Find("#source-1-title").Change("Second");
        page.Find("[aria-label='Move source 2 up']").Click();

        Assert.Equal("Second", page.Find("#source-0-title").GetAttribute("value"));
        Assert.Equal("First", page.Find("#source-1-title").GetAttribute("value"));
    }

    private IRenderedComponent<ReportEditorPage> RenderEditor()
    {
        var page = Render<ReportEditorPage>();
        page.WaitForElement("[data-testid=editor-ready][data-ready=true]");
        return page;
    }

    private static IElement FieldOf(IRenderedComponent<ReportEditorPage> page, string input) =>
        page.Find(input).Closest(".mud-input-control") ?? throw new InvalidOperationException($"{input} is not inside a MudBlazor input control.");

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
