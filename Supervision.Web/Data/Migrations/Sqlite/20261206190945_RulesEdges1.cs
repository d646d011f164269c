using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RulesEdges1 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EscalatedOnTime",
                table: "TownDayRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EscalatedPreReview",
                table: "TownDayRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Late",
                table: "ReviewRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "MissingReasons",
                table: "ReviewRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "BackdatedPauses",
                table: "CaseRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "EscalatedAt",
                table: "CaseRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EscalatedDay",
                table: "CaseRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EscalatedOnTime",
                table: "CaseRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PreReviewOnly",
                table: "CaseRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RefusalOverturned",
                table: "CaseRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RefusalWithoutReason",
                table: "CaseRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "UnknownItem",
                table: "CaseRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EscalatedOnTime",
                table: "TownDayRollups");

            migrationBuilder.DropColumn(
                name: "EscalatedPreReview",
                table: "TownDayRollups");

            migrationBuilder.DropColumn(
                name: "Late",
                table: "ReviewRecords");

            migrationBuilder.DropColumn(
                name: "MissingReasons",
                table: "ReviewRecords");

            migrationBuilder.DropColumn(
                name: "BackdatedPauses",
                table: "CaseRecords");

            migrationBuilder.DropColumn(
                name: "EscalatedAt",
                table: "CaseRecords");

            migrationBuilder.DropColumn(
                name: "EscalatedDay",
                table: "CaseRecords");

            migrationBuilder.DropColumn(
                name: "EscalatedOnTime",
                table: "CaseRecords");

            migrationBuilder.DropColumn(
                name: "PreReviewOnly",
                table: "CaseRecords");

            migrationBuilder.DropColumn(
                name: "RefusalOverturned",
                table: "CaseRecords");

            migrationBuilder.DropColumn(
                name: "RefusalWithoutReason",
                table: "CaseRecords");

            migrationBuilder.DropColumn(
                name: "UnknownItem",
                table: "CaseRecords");
        }
    }
}
