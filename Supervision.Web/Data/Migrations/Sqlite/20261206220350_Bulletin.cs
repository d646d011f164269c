using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Bulletin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bulletins_Year_Number",
                table: "Bulletins");

            migrationBuilder.AddColumn<string>(
                name: "CopyTo",
                table: "Bulletins",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Criticism",
                table: "Bulletins",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "DataAsOf",
                table: "Bulletins",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "DocumentNumber",
                table: "Bulletins",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Fingerprint",
                table: "Bulletins",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MainRecipients",
                table: "Bulletins",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Praise",
                table: "Bulletins",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "Bulletins",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Signer",
                table: "Bulletins",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "Bulletins",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "StateChangedAt",
                table: "Bulletins",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StateChangedBy",
                table: "Bulletins",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StateReason",
                table: "Bulletins",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bulletins_Year_Number_Revision",
                table: "Bulletins",
                columns: new[] { "Year", "Number", "Revision" },
                unique: true);

            BackfillIssuedBulletins(migrationBuilder);
        }

        #region Hand-written data migration (keep when re-creating this migration)

        /// <summary>
        /// Bulletins issued before this migration are in force and were read from the data received up to
        /// their issue; their fingerprint stays empty (unknown), so they are never reported as moved.
        /// </summary>
        private static void BackfillIssuedBulletins(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("UPDATE \"Bulletins\" SET \"State\" = 'Issued', \"DataAsOf\" = \"GeneratedAt\";");

        #endregion

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bulletins_Year_Number_Revision",
                table: "Bulletins");

            migrationBuilder.DropColumn(
                name: "CopyTo",
                table: "Bulletins");

            migrationBuilder.DropColumn(
                name: "Criticism",
                table: "Bulletins");

            migrationBuilder.DropColumn(
                name: "DataAsOf",
                table: "Bulletins");

            migrationBuilder.DropColumn(
                name: "DocumentNumber",
                table: "Bulletins");

            migrationBuilder.DropColumn(
                name: "Fingerprint",
                table: "Bulletins");

            migrationBuilder.DropColumn(
                name: "MainRecipients",
                table: "Bulletins");

            migrationBuilder.DropColumn(
                name: "Praise",
                table: "Bulletins");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Bulletins");

            migrationBuilder.DropColumn(
                name: "Signer",
                table: "Bulletins");

            migrationBuilder.DropColumn(
                name: "State",
                table: "Bulletins");

            migrationBuilder.DropColumn(
                name: "StateChangedAt",
                table: "Bulletins");

            migrationBuilder.DropColumn(
                name: "StateChangedBy",
                table: "Bulletins");

            migrationBuilder.DropColumn(
                name: "StateReason",
                table: "Bulletins");

            migrationBuilder.CreateIndex(
                name: "IX_Bulletins_Year_Number",
                table: "Bulletins",
                columns: new[] { "Year", "Number" },
                unique: true);
        }
    }
}
