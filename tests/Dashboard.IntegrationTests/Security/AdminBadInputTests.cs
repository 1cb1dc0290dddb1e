using Dashboard.Core.Editing;
using Dashboard.Core.Filtering;
using Dashboard.Core.Identity;
using Dashboard.Core.ReferenceData;
using Dashboard.Core.Sharing;
using Dashboard.Core.Users;
using Dashboard.IntegrationTests.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Security;

/// <summary>
/// The bad input corpus over the forms of the admin area and the share dialog, through the same
/// commands the pages call: each value is either refused with a message on its field (and nothing is
/// stored) or stored exactly as typed, as text; nothing throws, and nothing else changes.
/// </summary>
public sealed class AdminBadInputTests(SharingApp app) : IClassFixture<SharingApp>
{
    private static readonly Dictionary<string, Action<ReportDraft, string>> EditorFields = new(StringComparer.Ordinal)
    {
        [nameof(ReportDraft.Title)] = (d, v) => d.Title = v,
        [nameof(ReportDraft.Summary)] = (d, v) => d.Summary = v,
        [nameof(ReportDraft.Details)] = (d, v) => d.Details = v,
        [nameof(ReportDraft.Items)] = (d, v) => d.Items = v,
        [nameof(ReportDraft.PlaceName)] = (d, v) => d.PlaceName = v,
        [nameof(ReportDraft.ResponseText)] = (d, v) => d.ResponseText = v,
        [nameof(ReportDraft.ResponseSource)] = (d, v) => (d.ResponseText, d.ResponseSource) = ("The named party denied it.", v),
        ["Sources[0].Title"] = (d, v) => d.Sources[0].Title = v,
        ["Sources[0].Publisher"] = (d, v) => d.Sources[0].Publisher = v,
        ["Sources[0].Url"] = (d, v) => d.Sources[0].Url = v,
    };

    public static TheoryData<string> Corpus { get; } = [.. BadInputCorpus.Values];

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task ReportEditor_RefusesOnTheField_OrStoresTheTextAsTyped(string value)
    {
        var editor = await app.ActorAsync("editor@example.org");
        var commands = app.Factory.Services.GetRequiredService<ReportCommands>();
        foreach (var (field, set) in EditorFields)
        {
            var draft = TestDrafts.Valid($"Corpus report {Guid.NewGuid():N}");
            set(draft, value);
            var before = await CountsAsync();

            var result = await commands.SaveAsync(editor, new SaveReportRequest(null, draft, null, null));

            if (result.Succeeded)
            {
                Assert.Equal(Normalized(value), await StoredAsync(result.ReportId!.Value, field));
                Assert.Equal(before with { Reports = before.Reports + 1, Revisions = before.Revisions + 1 }, (await CountsAsync()) with { Audit = before.Audit });
            }
            else
            {
                Assert.Equal(CommandStatus.Invalid, result.Status);
                Assert.True(result.Errors.Has(field), $"{field} = '{Shown(value)}': refused without a message on the field ({string.Join(" | ", result.Errors.All)})");
                Assert.Equal(before, await CountsAsync());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task NewUser_RefusesOnTheField_OrStoresTheNameAsTyped(string value)
    {
        var admin = await app.ActorAsync("admin@example.org");
        var users = app.Factory.Services.GetRequiredService<UserAdministration>();
        var unique = Guid.NewGuid().ToString("N")[..8];
        foreach (var (field, email, name) in new[] { ("Email", value, "Corpus Person"), ("DisplayName", $"corpus.{unique}@example.org", value) })
        {
            var before = await UserCountAsync();

            var result = await users.CreateAsync(admin, email, name, Roles.Viewer, InitialPassword.OneTimePassword);

            if (result.Succeeded)
            {
                await using var db = await app.Db.CreateDbContextAsync();
                var stored = await db.Users.AsNoTracking().SingleAsync(u => u.Id == result.Created!.UserId);
                Assert.Equal(field == "Email" ? email.Trim() : name.Trim(), field == "Email" ? stored.Email : stored.DisplayName);
                Assert.Equal(before + 1, await UserCountAsync());
            }
            else
            {
                Assert.Equal(field, result.Field);
                Assert.Equal(before, await UserCountAsync());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task ReferenceData_RefusesOnTheField_OrStoresTheNameAsTyped(string value)
    {
        var admin = await app.ActorAsync("admin@example.org");
        var commands = app.Factory.Services.GetRequiredService<ReferenceDataCommands>();
        await using var before = await app.Db.CreateDbContextAsync();
        var conflicts = await before.Conflicts.CountAsync();
        var organizations = await before.Organizations.CountAsync();

        var conflict = await commands.SaveConflictAsync(admin, new ConflictInput { Name = value });
        var organization = await commands.SaveOrganizationAsync(admin, new OrganizationInput { Name = value });

        await using var after = await app.Db.CreateDbContextAsync();
        foreach (var (result, stored, countBefore, countAfter) in new[]
        {
            (conflict, conflict.Id is { } c ? await after.Conflicts.Where(x => x.Id == c).Select(x => x.Name).SingleAsync() : null, conflicts, await after.Conflicts.CountAsync()),
            (organization, organization.Id is { } o ? await after.Organizations.Where(x => x.Id == o).Select(x => x.Name).SingleAsync() : null, organizations, await after.Organizations.CountAsync()),
        })
        {
            if (result.Succeeded)
            {
                Assert.Equal(value.Trim(), stored);
                Assert.Equal(countBefore + 1, countAfter);
            }
            else
            {
                Assert.True(result.Errors.Has("Name"), $"'{Shown(value)}' refused without a message on Name: {result.Message}");
                Assert.Equal(countBefore, countAfter);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task ShareLink_RefusesOnTheField_OrStoresTheTextAsTyped(string value)
    {
        var viewer = await app.ActorAsync();
        foreach (var (field, title, note) in new[] { ("title", value, "A note"), ("note", "A corpus link", value) })
        {
            var before = await LinkCountAsync();

            var created = await app.Links.CreateAsync(new ShareLinkRequest(title, note, 30, ShareLinkMode.Live, ReportFilter.Parse("?supplier=CN").Filter), viewer);

            if (created.Succeeded)
            {
                await using var db = await app.Db.CreateDbContextAsync();
                var link = await db.ShareLinks.AsNoTracking().SingleAsync(l => l.Id == created.LinkId);
                Assert.Equal(Normalized(field == "title" ? title : note), field == "title" ? link.Title : link.Note);
                Assert.Equal(before + 1, await LinkCountAsync());
            }
            else
            {
                Assert.Contains(created.Errors, e => e.Field == field);
                Assert.Equal(before, await LinkCountAsync());
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-7)]
    [InlineData(8)]
    [InlineData(int.MaxValue)]
    public async Task ShareLink_WithAnExpiryNotOffered_IsRefusedOnTheExpiry(int days)
    {
        var before = await LinkCountAsync();

        var created = await app.Links.CreateAsync(new ShareLinkRequest("Odd expiry", null, days, ShareLinkMode.Live, ReportFilter.Empty), await app.ActorAsync());

        Assert.False(created.Succeeded);
        Assert.Contains(created.Errors, e => e.Field == "expiry");
        Assert.Equal(before, await LinkCountAsync());
    }

    private static string? Normalized(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shown(string value) => value.Length > 40 ? value[..40] + "…" : value;

    private async Task<string?> StoredAsync(int reportId, string field)
    {
        await using var db = await app.Db.CreateDbContextAsync();
        var report = await db.Reports.AsNoTracking().Include(r => r.Sources).SingleAsync(r => r.Id == reportId);
        var source = report.Sources.OrderBy(s => s.Position).First();
        return Normalized(field switch
        {
            nameof(ReportDraft.Title) => report.Title,
            nameof(ReportDraft.Summary) => report.Summary,
            nameof(ReportDraft.Details) => report.Details,
            nameof(ReportDraft.Items) => report.Items,
            nameof(ReportDraft.PlaceName) => report.PlaceName,
            nameof(ReportDraft.ResponseText) => report.ResponseText,
            nameof(ReportDraft.ResponseSource) => report.ResponseSource,
            "Sources[0].Title" => source.Title,
            "Sources[0].Publisher" => source.Publisher,
            _ => source.Url,
        });
    }

    private async Task<Counts> CountsAsync()
    {
        await using var db = await app.Db.CreateDbContextAsync();
        return new Counts(await db.Reports.CountAsync(), await db.ReportRevisions.CountAsync(), await db.AuditEntries.CountAsync());
    }

    private async Task<int> UserCountAsync()
    {
        await using var db = await app.Db.CreateDbContextAsync();
        return await db.Users.CountAsync();
    }

    private async Task<int> LinkCountAsync()
    {
        await using var db = await app.Db.CreateDbContextAsync();
        return await db.ShareLinks.CountAsync();
    }

    private sealed record Counts(int Reports, int Revisions, int Audit);
}
