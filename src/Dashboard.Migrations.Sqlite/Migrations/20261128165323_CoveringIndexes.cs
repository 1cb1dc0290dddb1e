using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_State_Category",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_State_ConflictId",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_State_EventStart",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_State_RecipientPartyId",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_State_ReportedDate",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_State_SupplierCountryCode_EventStart",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_Category_EventStart",
                table: "Reports",
                columns: new[] { "State", "Category", "EventStart" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_ConflictId_Category",
                table: "Reports",
                columns: new[] { "State", "ConflictId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_EventStart_Category",
                table: "Reports",
                columns: new[] { "State", "EventStart", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_RecipientPartyId_Category",
                table: "Reports",
                columns: new[] { "State", "RecipientPartyId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_ReportedDate_Category",
                table: "Reports",
                columns: new[] { "State", "ReportedDate", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_RetractedAt",
                table: "Reports",
                columns: new[] { "State", "RetractedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_SupplierCountryCode_Category_EventStart_ReportedDate",
                table: "Reports",
                columns: new[] { "State", "SupplierCountryCode", "Category", "EventStart", "ReportedDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_State_Category_EventStart",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_State_ConflictId_Category",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_State_EventStart_Category",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_State_RecipientPartyId_Category",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_State_ReportedDate_Category",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_State_RetractedAt",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_State_SupplierCountryCode_Category_EventStart_ReportedDate",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_Category",
                table: "Reports",
                columns: new[] { "State", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_ConflictId",
                table: "Reports",
                columns: new[] { "State", "ConflictId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_EventStart",
                table: "Reports",
                columns: new[] { "State", "EventStart" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_RecipientPartyId",
                table: "Reports",
                columns: new[] { "State", "RecipientPartyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_ReportedDate",
                table: "Reports",
                columns: new[] { "State", "ReportedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_SupplierCountryCode_EventStart",
                table: "Reports",
                columns: new[] { "State", "SupplierCountryCode", "EventStart" });
        }
    }
}
