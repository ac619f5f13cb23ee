using System;
using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalLife.Migrations
{
    /// <inheritdoc />
    public partial class ActivitiesAndMall : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "activity_id",
                table: "order_lines",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    theme = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    store_ids = table.Column<string>(type: "jsonb", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    prices = table.Column<string>(type: "jsonb", nullable: false),
                    tiers = table.Column<string>(type: "jsonb", nullable: false),
                    multiplier_percent = table.Column<int>(type: "integer", nullable: false),
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
                    table.PrimaryKey("pk_activities", x => x.id);
                    table.CheckConstraint("ck_activities_period", "starts_at < ends_at");
                });

            migrationBuilder.CreateTable(
                name: "activity_sales",
                columns: table => new
                {
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    units = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_sales", x => new { x.activity_id, x.product_id, x.customer_id });
                    table.CheckConstraint("ck_activity_sales_units", "units >= 0");
                });

            migrationBuilder.CreateTable(
                name: "mall_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    description = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    image = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    coupon_template_id = table.Column<Guid>(type: "uuid", nullable: true),
                    points_cost = table.Column<long>(type: "bigint", nullable: false),
                    stock = table.Column<int>(type: "integer", nullable: true),
                    redeemed_count = table.Column<int>(type: "integer", nullable: false),
                    per_customer_limit = table.Column<int>(type: "integer", nullable: false),
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
                    table.PrimaryKey("pk_mall_items", x => x.id);
                    table.CheckConstraint("ck_mall_items_stock", "redeemed_count >= 0 AND (stock IS NULL OR redeemed_count <= stock)");
                });

            migrationBuilder.CreateTable(
                name: "mall_redemptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    issuer_tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    item_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    points = table.Column<long>(type: "bigint", nullable: false),
                    coupon_id = table.Column<Guid>(type: "uuid", nullable: true),
                    voucher_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    redeemed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    collected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    collected_at_store_id = table.Column<Guid>(type: "uuid", nullable: true),
                    collected_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mall_redemptions", x => x.id);
                    table.CheckConstraint("ck_mall_redemptions_sequence", "sequence BETWEEN 1 AND 100");
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_tenant_id_status_ends_at",
                table: "activities",
                columns: new[] { "tenant_id", "status", "ends_at" });

            migrationBuilder.CreateIndex(
                name: "ix_mall_items_tenant_id_status",
                table: "mall_items",
                columns: new[] { "tenant_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_mall_redemptions_customer_id_redeemed_at",
                table: "mall_redemptions",
                columns: new[] { "customer_id", "redeemed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_mall_redemptions_issuer_tenant_id_voucher_code",
                table: "mall_redemptions",
                columns: new[] { "issuer_tenant_id", "voucher_code" },
                unique: true,
                filter: "voucher_code IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_mall_redemptions_item_customer_sequence",
                table: "mall_redemptions",
                columns: new[] { "item_id", "customer_id", "sequence" },
                unique: true);
            foreach (var table in new[] { "activities", "activity_sales", "mall_items" }) migrationBuilder.EnableTenantIsolation(table);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "activities", "activity_sales", "mall_items" }) migrationBuilder.DisableTenantIsolation(table);
            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropTable(
                name: "activity_sales");

            migrationBuilder.DropTable(
                name: "mall_items");

            migrationBuilder.DropTable(
                name: "mall_redemptions");

            migrationBuilder.DropColumn(
                name: "activity_id",
                table: "order_lines");
        }
    }
}
