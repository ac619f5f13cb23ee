using System;
using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalLife.Migrations
{
    /// <inheritdoc />
    public partial class Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payment_settings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    we_chat_pay_sub_mch_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    time_zone_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payment_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    business_order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    payer_open_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    amount_fen = table.Column<long>(type: "bigint", nullable: false),
                    description = table.Column<string>(type: "character varying(127)", maxLength: 127, nullable: false),
                    out_trade_no = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sub_mch_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    prepay_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    transaction_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failure_reason = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    refunded_fen = table.Column<long>(type: "bigint", nullable: false),
                    refund_pending_fen = table.Column<long>(type: "bigint", nullable: false),
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
                    table.PrimaryKey("pk_payments", x => x.id);
                    table.CheckConstraint("ck_payments_amount_positive", "amount_fen > 0");
                    table.CheckConstraint("ck_payments_refunds_within_amount", "refunded_fen >= 0 AND refund_pending_fen >= 0 AND refunded_fen + refund_pending_fen <= amount_fen");
                });

            migrationBuilder.CreateTable(
                name: "payment_refunds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    payment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    out_refund_no = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    amount_fen = table.Column<long>(type: "bigint", nullable: false),
                    reason = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    idempotency_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    gateway_refund_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    succeeded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failure_reason = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payment_refunds", x => x.id);
                    table.CheckConstraint("ck_payment_refunds_amount_positive", "amount_fen > 0");
                    table.ForeignKey(
                        name: "fk_payment_refunds_payments_payment_id",
                        column: x => x.payment_id,
                        principalTable: "payments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_payment_refunds_out_refund_no",
                table: "payment_refunds",
                column: "out_refund_no",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payment_refunds_payment_id_idempotency_key",
                table: "payment_refunds",
                columns: new[] { "payment_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payment_refunds_tenant_id_succeeded_at",
                table: "payment_refunds",
                columns: new[] { "tenant_id", "succeeded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_settings_tenant_id",
                table: "payment_settings",
                column: "tenant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_live_business_order",
                table: "payments",
                columns: new[] { "tenant_id", "kind", "business_order_id" },
                unique: true,
                filter: "status NOT IN ('Closed', 'Failed')");

            migrationBuilder.CreateIndex(
                name: "ix_payments_out_trade_no",
                table: "payments",
                column: "out_trade_no",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_status_expires_at",
                table: "payments",
                columns: new[] { "status", "expires_at" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_tenant_id_creation_time",
                table: "payments",
                columns: new[] { "tenant_id", "creation_time" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_tenant_id_paid_at",
                table: "payments",
                columns: new[] { "tenant_id", "paid_at" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_transaction_id",
                table: "payments",
                column: "transaction_id",
                unique: true);

            // Second line of tenant isolation (the EF query filter is the first).
            migrationBuilder.EnableTenantIsolation("payments");
            migrationBuilder.EnableTenantIsolation("payment_refunds");
            migrationBuilder.EnableTenantIsolation("payment_settings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DisableTenantIsolation("payment_settings");
            migrationBuilder.DisableTenantIsolation("payment_refunds");
            migrationBuilder.DisableTenantIsolation("payments");

            migrationBuilder.DropTable(
                name: "payment_refunds");

            migrationBuilder.DropTable(
                name: "payment_settings");

            migrationBuilder.DropTable(
                name: "payments");
        }
    }
}
