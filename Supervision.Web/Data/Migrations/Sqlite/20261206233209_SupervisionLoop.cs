using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SupervisionLoop : Migration
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

            migrationBuilder.CreateTable(
                name: "ItemLimitChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PromisedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    StatutoryDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemLimitChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItemLimitChanges_ServiceItems_ItemCode",
                        column: x => x.ItemCode,
                        principalTable: "ServiceItems",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionOrders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Requirement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DeadlineDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    DeadlineProvisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstAnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReturnCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionOrders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WindowKindChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WindowCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WindowKindChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WindowKindChanges_Windows_WindowCode",
                        column: x => x.WindowCode,
                        principalTable: "Windows",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrderEvidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 130, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderEvidence_SupervisionOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "SupervisionOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bulletins_Year_Number_Revision",
                table: "Bulletins",
                columns: new[] { "Year", "Number", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ItemLimitChanges_ItemCode_EffectiveFrom",
                table: "ItemLimitChanges",
                columns: new[] { "ItemCode", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderEvidence_OrderId",
                table: "OrderEvidence",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrders_Subject",
                table: "SupervisionOrders",
                column: "Subject");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrders_Town_State",
                table: "SupervisionOrders",
                columns: new[] { "Town", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrders_Year_Number",
                table: "SupervisionOrders",
                columns: new[] { "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WindowKindChanges_WindowCode_EffectiveFrom",
                table: "WindowKindChanges",
                columns: new[] { "WindowCode", "EffectiveFrom" },
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
            migrationBuilder.DropTable(
                name: "ItemLimitChanges");

            migrationBuilder.DropTable(
                name: "OrderEvidence");

            migrationBuilder.DropTable(
                name: "WindowKindChanges");

            migrationBuilder.DropTable(
                name: "SupervisionOrders");

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
