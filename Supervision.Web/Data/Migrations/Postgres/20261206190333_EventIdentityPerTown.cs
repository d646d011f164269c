using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EventIdentityPerTown : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_Id",
                table: "Events");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Town_Id",
                table: "Events",
                columns: new[] { "Town", "Id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_Town_Id",
                table: "Events");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Id",
                table: "Events",
                column: "Id",
                unique: true);
        }
    }
}
