using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class MonthColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EventMonth",
                table: "Reports",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReportedMonth",
                table: "Reports",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Existing reports get their derived months now; new saves keep them current.
            migrationBuilder.Sql("UPDATE [Reports] SET [EventMonth] = YEAR([EventStart]) * 100 + MONTH([EventStart]), [ReportedMonth] = YEAR([ReportedDate]) * 100 + MONTH([ReportedDate]);");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_EventMonth_Category",
                table: "Reports",
                columns: new[] { "State", "EventMonth", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_ReportedMonth_Category",
                table: "Reports",
                columns: new[] { "State", "ReportedMonth", "Category" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_State_EventMonth_Category",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_State_ReportedMonth_Category",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "EventMonth",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ReportedMonth",
                table: "Reports");
        }
    }
}
