using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// A full-text index (SQLite FTS5) over each report's title, summary, items, organization names
    /// and source titles. Written by hand: EF Core does not model virtual tables. The application
    /// keeps it current on every save (DashboardDbContext); this migration fills it once.
    /// </summary>
    public partial class ReportSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"ReportSearch\" USING fts5(\"Content\", tokenize = 'unicode61 remove_diacritics 2');");
            migrationBuilder.Sql(
                """
                INSERT INTO "ReportSearch" (rowid, "Content")
                SELECT r."Id",
                       r."Title" || ' ' || r."Summary" || ' ' || COALESCE(r."Items", '')
                       || ' ' || COALESCE((SELECT group_concat(o."Name", ' ') FROM "ReportOrganizations" AS ro JOIN "Organizations" AS o ON o."Id" = ro."OrganizationId" WHERE ro."ReportId" = r."Id"), '')
                       || ' ' || COALESCE((SELECT group_concat(s."Title", ' ') FROM "Sources" AS s WHERE s."ReportId" = r."Id"), '')
                FROM "Reports" AS r;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE \"ReportSearch\";");
        }
    }
}
