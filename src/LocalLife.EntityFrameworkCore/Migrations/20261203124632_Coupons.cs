using System;
using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalLife.Migrations
{
    /// <inheritdoc />
    public partial class Coupons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "discounts",
                table: "orders",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<long>(
                name: "discount_fen",
                table: "order_lines",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "discounts",
                table: "bookings",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "coupon_templates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    description = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    rules = table.Column<string>(type: "jsonb", nullable: false),
                    validity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    valid_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    valid_to = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    valid_days = table.Column<int>(type: "integer", nullable: false),
                    total_quantity = table.Column<int>(type: "integer", nullable: false),
                    issued_count = table.Column<int>(type: "integer", nullable: false),
                    per_customer_limit = table.Column<int>(type: "integer", nullable: false),
                    new_customer_gift = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
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
                    table.PrimaryKey("pk_coupon_templates", x => x.id);
                    table.CheckConstraint("ck_coupon_templates_issued", "issued_count >= 0 AND issued_count <= total_quantity");
                });

            migrationBuilder.CreateTable(
                name: "coupons",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    template_id = table.Column<Guid>(type: "uuid", nullable: false),
                    issuer_tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    rules = table.Column<string>(type: "jsonb", nullable: false),
                    valid_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    valid_to = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    used_for_kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    used_for_id = table.Column<Guid>(type: "uuid", nullable: true),
                    used_at_tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    discount_fen = table.Column<long>(type: "bigint", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coupons", x => x.id);
                    table.CheckConstraint("ck_coupons_sequence", "sequence BETWEEN 1 AND 100");
                    table.CheckConstraint("ck_coupons_used", "(status = 'Used') = (used_for_id IS NOT NULL) AND discount_fen >= 0");
                });

            migrationBuilder.CreateTable(
                name: "customer_purchases",
                columns: table => new
                {
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_purchases", x => new { x.customer_id, x.tenant_id });
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_order_lines_discount",
                table: "order_lines",
                sql: "discount_fen >= 0 AND discount_fen <= unit_price_fen * quantity");

            migrationBuilder.CreateIndex(
                name: "ix_coupon_templates_tenant_id_status",
                table: "coupon_templates",
                columns: new[] { "tenant_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_coupons_customer_id_status_valid_to",
                table: "coupons",
                columns: new[] { "customer_id", "status", "valid_to" });

            migrationBuilder.CreateIndex(
                name: "ix_coupons_template_id_status",
                table: "coupons",
                columns: new[] { "template_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_coupons_used_at_tenant_id_used_at",
                table: "coupons",
                columns: new[] { "used_at_tenant_id", "used_at" },
                filter: "used_at_tenant_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_coupons_used_for_kind_used_for_id",
                table: "coupons",
                columns: new[] { "used_for_kind", "used_for_id" },
                unique: true,
                filter: "used_for_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_coupons_template_customer_sequence",
                table: "coupons",
                columns: new[] { "template_id", "customer_id", "sequence" },
                unique: true);
            migrationBuilder.EnableTenantIsolation("coupon_templates");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DisableTenantIsolation("coupon_templates");
            migrationBuilder.DropTable(
                name: "coupon_templates");

            migrationBuilder.DropTable(
                name: "coupons");

            migrationBuilder.DropTable(
                name: "customer_purchases");

            migrationBuilder.DropCheckConstraint(
                name: "ck_order_lines_discount",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "discounts",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "discount_fen",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "discounts",
                table: "bookings");
        }
    }
}
