using System;
using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalLife.Migrations
{
    /// <inheritdoc />
    public partial class Bookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bookings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    store_id = table.Column<Guid>(type: "uuid", nullable: false),
                    space_id = table.Column<Guid>(type: "uuid", nullable: false),
                    space_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    check_in_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    arrive_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    party_size = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    price_fen = table.Column<long>(type: "bigint", nullable: false),
                    deposit_percent = table.Column<int>(type: "integer", nullable: false),
                    deposit_fen = table.Column<long>(type: "bigint", nullable: false),
                    points_used = table.Column<long>(type: "bigint", nullable: false),
                    points_fen = table.Column<long>(type: "bigint", nullable: false),
                    cash_fen = table.Column<long>(type: "bigint", nullable: false),
                    payment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    pay_by = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checked_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    close_reason = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    spend_fen = table.Column<long>(type: "bigint", nullable: false),
                    points_earned = table.Column<long>(type: "bigint", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    creator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_modifier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false),
                    deletion_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleter_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_customer_id_creation_time",
                table: "bookings",
                columns: new[] { "customer_id", "creation_time" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_number",
                table: "bookings",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bookings_tenant_id_store_id_arrive_at",
                table: "bookings",
                columns: new[] { "tenant_id", "store_id", "arrive_at" });

            migrationBuilder.CreateIndex(
                name: "ux_bookings_active_space",
                table: "bookings",
                column: "space_id",
                unique: true,
                filter: "status IN ('PendingPayment', 'Confirmed', 'CheckedIn') AND is_deleted = false");

            migrationBuilder.CreateIndex(
                name: "ux_bookings_check_in_code",
                table: "bookings",
                columns: new[] { "tenant_id", "check_in_code" },
                unique: true,
                filter: "status IN ('PendingPayment', 'Confirmed', 'CheckedIn') AND is_deleted = false");

            migrationBuilder.EnableTenantIsolation("bookings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DisableTenantIsolation("bookings");

            migrationBuilder.DropTable(
                name: "bookings");
        }
    }
}
