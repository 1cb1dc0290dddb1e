using System.Data.Common;
using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Editing;
using Dashboard.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.IntegrationTests.Editing;

/// <summary>A save stores the change, one revision and one audit entry together, or none of them.</summary>
public sealed class ReportTransactionTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private Actor editor = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(withDemoReports: false);
        editor = await TestAccounts.AddAsync(database, "editor@example.org", Roles.Editor);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Save_WritesExactlyOneRevisionAndOneAuditEntry()
    {
        var id = await CreateAsync(database.Get<ReportCommands>());
        var loaded = await database.Get<EditorialQueries>().GetForEditAsync(editor, id);
        var (revisions, entries) = await CountsAsync(id);
        loaded!.Draft.Title = "A title changed once";

        var result = await database.Get<ReportCommands>().SaveAsync(editor, new SaveReportRequest(id, loaded.Draft, loaded.Token, null));

        Assert.Equal(CommandStatus.Succeeded, result.Status);
        Assert.Equal((revisions + 1, entries + 1), await CountsAsync(id));
    }

    [Fact]
    public async Task Save_WithNothingChanged_WritesNeitherRevisionNorAuditEntry()
    {
        var id = await CreateAsync(database.Get<ReportCommands>());
        var loaded = await database.Get<EditorialQueries>().GetForEditAsync(editor, id);
        var counts = await CountsAsync(id);

        var result = await database.Get<ReportCommands>().SaveAsync(editor, new SaveReportRequest(id, loaded!.Draft, loaded.Token, null));

        Assert.False(result.Changed);
        Assert.Equal(counts, await CountsAsync(id));
    }

    [Fact]
    public async Task Edit_WhenTheAuditEntryCannotBeWritten_LeavesTheReportAndItsHistoryUnchanged()
    {
        var id = await CreateAsync(database.Get<ReportCommands>());
        var loaded = await database.Get<EditorialQueries>().GetForEditAsync(editor, id);
        var counts = await CountsAsync(id);
        loaded!.Draft.Title = "This change must not survive";
        var failing = CommandsFailingOnAuditInsert(out var interceptor);

        await Assert.ThrowsAsync<DbUpdateException>(() => failing.SaveAsync(editor, new SaveReportRequest(id, loaded.Draft, loaded.Token, null)));

        Assert.True(interceptor.ReportWasWritten, "The failure must come after the report's own change was sent to the database.");
        var stored = await database.Get<EditorialQueries>().GetForEditAsync(editor, id);
        Assert.Equal(TestDrafts.Valid().Title, stored!.Draft.Title);
        Assert.Equal(loaded.Token, stored.Token);
        Assert.Equal(counts, await CountsAsync(id));
    }

    [Fact]
    public async Task Create_WhenTheAuditEntryCannotBeWritten_StoresNoReportAndNoRevision()
    {
        var failing = CommandsFailingOnAuditInsert(out var interceptor);

        await Assert.ThrowsAsync<DbUpdateException>(() => failing.SaveAsync(editor, new SaveReportRequest(null, TestDrafts.Valid(), null, null)));

        Assert.True(interceptor.ReportWasWritten);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Reports.CountAsync());
        Assert.Equal(0, await db.ReportRevisions.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
        Assert.Equal(0, await db.Conflicts.CountAsync());
    }

    private async Task<int> CreateAsync(ReportCommands commands)
    {
        var result = await commands.SaveAsync(editor, new SaveReportRequest(null, TestDrafts.Valid(), null, null));
        return result.ReportId!.Value;
    }

    private async Task<(int Revisions, int AuditEntries)> CountsAsync(int id)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return (await db.ReportRevisions.CountAsync(v => v.ReportId == id), await db.AuditEntries.CountAsync());
    }

    /// <summary>The real commands over the same database, whose contexts fail when they insert an audit entry.</summary>
    private ReportCommands CommandsFailingOnAuditInsert(out FailOnAuditInsert interceptor)
    {
        interceptor = new FailOnAuditInsert();
        var factory = new InterceptedFactory(database.Get<DatabaseSettings>(), interceptor);
        return new ReportCommands(factory, TimeProvider.System, database.Get<AuditWriter>(), NullLogger<ReportCommands>.Instance);
    }

    private sealed class InterceptedFactory(DatabaseSettings settings, IInterceptor interceptor) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<DashboardDbContext>();
            settings.Apply(options);
            options.AddInterceptors(interceptor);
            return new DashboardDbContext(options.Options);
        }
    }

    /// <summary>Throws a database error on the audit insert, after the report's own statements ran.</summary>
    private sealed class FailOnAuditInsert : DbCommandInterceptor
    {
        public bool ReportWasWritten { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Inspect(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Inspect(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Inspect(DbCommand command)
        {
            if (command.CommandText.Contains("UPDATE \"Reports\"", StringComparison.Ordinal) || command.CommandText.Contains("INSERT INTO \"Reports\"", StringComparison.Ordinal))
            {
                ReportWasWritten = true;
            }

            if (command.CommandText.Contains("INSERT INTO \"AuditEntries\"", StringComparison.Ordinal))
            {
                throw new Microsoft.Data.Sqlite.SqliteException("Simulated failure while writing the audit entry", 1);
            }
        }
    }
}
