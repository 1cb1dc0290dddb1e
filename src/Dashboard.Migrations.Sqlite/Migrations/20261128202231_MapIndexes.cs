using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MapIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_State_RecipientPartyId_Category",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Located",
                table: "Reports",
                columns: new[] { "State", "ReportedDate", "Id" },
                filter: "[Latitude] IS NOT NULL AND [Longitude] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_RecipientPartyId_Category_SupplierCountryCode",
                table: "Reports",
                columns: new[] { "State", "RecipientPartyId", "Category", "SupplierCountryCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_Located",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_State_RecipientPartyId_Category_SupplierCountryCode",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_RecipientPartyId_Category",
                table: "Reports",
                columns: new[] { "State", "RecipientPartyId", "Category" });
        }
    }
}
