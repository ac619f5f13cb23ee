using System;
using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalLife.Migrations
{
    /// <inheritdoc />
    public partial class MerchantOperations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "delivery_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    store_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    stops = table.Column<string>(type: "jsonb", nullable: false),
                    waiter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    declined = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accept_by = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    picked_up_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delivery_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kitchen_tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    store_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    space_id = table.Column<Guid>(type: "uuid", nullable: false),
                    space_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    order_note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    station = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    items = table.Column<string>(type: "jsonb", nullable: false),
                    priority = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    queued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kitchen_tickets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "printers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    store_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    connection = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    address = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    port = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    station = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    last_error = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    last_printed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_printers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "waiter_duties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    store_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    on_duty = table.Column<bool>(type: "boolean", nullable: false),
                    position = table.Column<string>(type: "jsonb", nullable: false),
                    last_space_id = table.Column<Guid>(type: "uuid", nullable: true),
                    since_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_waiter_duties", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_delivery_tasks_tenant_id_store_id_status",
                table: "delivery_tasks",
                columns: new[] { "tenant_id", "store_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_delivery_tasks_waiter_id_status",
                table: "delivery_tasks",
                columns: new[] { "waiter_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_kitchen_tickets_order_id_station",
                table: "kitchen_tickets",
                columns: new[] { "order_id", "station" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kitchen_tickets_tenant_id_store_id_station_status",
                table: "kitchen_tickets",
                columns: new[] { "tenant_id", "store_id", "station", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_printers_tenant_id_store_id",
                table: "printers",
                columns: new[] { "tenant_id", "store_id" });

            migrationBuilder.CreateIndex(
                name: "ix_waiter_duties_store_id_user_id",
                table: "waiter_duties",
                columns: new[] { "store_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_waiter_duties_tenant_id_store_id_on_duty",
                table: "waiter_duties",
                columns: new[] { "tenant_id", "store_id", "on_duty" });

            migrationBuilder.EnableTenantIsolation("delivery_tasks");
            migrationBuilder.EnableTenantIsolation("kitchen_tickets");
            migrationBuilder.EnableTenantIsolation("printers");
            migrationBuilder.EnableTenantIsolation("waiter_duties");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DisableTenantIsolation("delivery_tasks");
            migrationBuilder.DisableTenantIsolation("kitchen_tickets");
            migrationBuilder.DisableTenantIsolation("printers");
            migrationBuilder.DisableTenantIsolation("waiter_duties");

            migrationBuilder.DropTable(
                name: "delivery_tasks");

            migrationBuilder.DropTable(
                name: "kitchen_tickets");

            migrationBuilder.DropTable(
                name: "printers");

            migrationBuilder.DropTable(
                name: "waiter_duties");
        }
    }
}
