using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalLife.Migrations
{
    /// <inheritdoc />
    public partial class BookingPolicy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "cancel_deadline_minutes",
                table: "stores",
                type: "integer",
                nullable: false,
                defaultValue: 120);

            migrationBuilder.AddColumn<int>(
                name: "no_show_grace_minutes",
                table: "stores",
                type: "integer",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<bool>(
                name: "refund_deposit_on_no_show",
                table: "stores",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cancel_by",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "no_show_at",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<bool>(
                name: "refund_on_no_show",
                table: "bookings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Bookings made before stores had rules keep the rules then in force: 2 hours to cancel, 30 minutes' grace.
            migrationBuilder.Sql("UPDATE bookings SET cancel_by = arrive_at - interval '2 hours', no_show_at = arrive_at + interval '30 minutes'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "cancel_deadline_minutes",
                table: "stores");

            migrationBuilder.DropColumn(
                name: "no_show_grace_minutes",
                table: "stores");

            migrationBuilder.DropColumn(
                name: "refund_deposit_on_no_show",
                table: "stores");

            migrationBuilder.DropColumn(
                name: "cancel_by",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "no_show_at",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "refund_on_no_show",
                table: "bookings");
        }
    }
}
