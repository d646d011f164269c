using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SpeedupClock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "PromiseClockUsedDays",
                table: "CaseRecords",
                type: "REAL",
                nullable: true);

            ZeroSpeedUpSums(migrationBuilder);
        }

        #region Hand-written data migration (keep when re-creating this migration)

        // Every existing case now lacks PromiseClockUsedDays and so adds nothing to 提速率's day sums;
        // zeroing the sums keeps the rollups equal to their records. PromiseClockBackfill then refolds
        // those cases at start-up, which adds each back on the promise clock, as a rebuild would.
        private static void ZeroSpeedUpSums(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("UPDATE \"TownDayRollups\" SET \"NonInstantUsedDaysSum\" = 0, \"PromisedDaysSum\" = 0;");

        #endregion

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PromiseClockUsedDays",
                table: "CaseRecords");
        }
    }
}
