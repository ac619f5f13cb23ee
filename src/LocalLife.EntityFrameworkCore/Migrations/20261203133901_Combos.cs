using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalLife.Migrations
{
    /// <inheritdoc />
    public partial class Combos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "combo",
                table: "products",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "components",
                table: "order_lines",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "picks_text",
                table: "order_lines",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "combo",
                table: "products");

            migrationBuilder.DropColumn(
                name: "components",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "picks_text",
                table: "order_lines");
        }
    }
}
