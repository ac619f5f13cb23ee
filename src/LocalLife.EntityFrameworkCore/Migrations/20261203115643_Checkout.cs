using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalLife.Migrations
{
    /// <inheritdoc />
    public partial class Checkout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_orders_amounts",
                table: "orders");

            migrationBuilder.DropCheckConstraint(
                name: "ck_orders_refund_within_cash",
                table: "orders");

            migrationBuilder.AddColumn<long>(
                name: "cancel_refund_fen",
                table: "orders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "discount_fen",
                table: "orders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "discount_fen",
                table: "bookings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddCheckConstraint(
                name: "ck_orders_amounts",
                table: "orders",
                sql: "discount_fen >= 0 AND points_used >= 0 AND points_fen >= 0 AND cash_fen >= 0 AND discount_fen + points_fen + cash_fen = total_fen");

            migrationBuilder.AddCheckConstraint(
                name: "ck_orders_refund_within_cash",
                table: "orders",
                sql: "refunded_fen >= 0 AND refunded_fen <= cash_fen AND cancel_refund_fen BETWEEN 0 AND refunded_fen");

            migrationBuilder.AddCheckConstraint(
                name: "ck_bookings_amounts",
                table: "bookings",
                sql: "discount_fen >= 0 AND points_used >= 0 AND points_fen >= 0 AND cash_fen >= 0 AND discount_fen + points_fen + cash_fen = deposit_fen");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_orders_amounts",
                table: "orders");

            migrationBuilder.DropCheckConstraint(
                name: "ck_orders_refund_within_cash",
                table: "orders");

            migrationBuilder.DropCheckConstraint(
                name: "ck_bookings_amounts",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "cancel_refund_fen",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "discount_fen",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "discount_fen",
                table: "bookings");

            migrationBuilder.AddCheckConstraint(
                name: "ck_orders_amounts",
                table: "orders",
                sql: "points_fen >= 0 AND cash_fen >= 0 AND points_fen + cash_fen = total_fen");

            migrationBuilder.AddCheckConstraint(
                name: "ck_orders_refund_within_cash",
                table: "orders",
                sql: "refunded_fen >= 0 AND refunded_fen <= cash_fen");
        }
    }
}
