using System;
using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalLife.Migrations
{
    /// <inheritdoc />
    public partial class Reviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "review_settings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    blocked_words = table.Column<string>(type: "jsonb", nullable: false),
                    suspicious_words = table.Column<string>(type: "jsonb", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    store_id = table.Column<Guid>(type: "uuid", nullable: false),
                    store_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stars = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    text_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    tags = table.Column<string>(type: "jsonb", nullable: false),
                    images = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    machine_verdict = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    machine_label = table.Column<int>(type: "integer", nullable: true),
                    machine_trace_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    flags = table.Column<string>(type: "jsonb", nullable: false),
                    decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    moderator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    moderated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reply_text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    replied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reply_edited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
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
                    table.PrimaryKey("pk_reviews", x => x.id);
                    table.CheckConstraint("ck_reviews_stars", "stars BETWEEN 1 AND 5");
                });

            migrationBuilder.CreateIndex(
                name: "ix_reviews_customer_id_submitted_at",
                table: "reviews",
                columns: new[] { "customer_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reviews_status_submitted_at",
                table: "reviews",
                columns: new[] { "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reviews_tenant_id_store_id_status_published_at",
                table: "reviews",
                columns: new[] { "tenant_id", "store_id", "status", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reviews_text_fingerprint",
                table: "reviews",
                column: "text_fingerprint",
                filter: "text_fingerprint IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_reviews_source",
                table: "reviews",
                columns: new[] { "source_kind", "source_id" },
                unique: true);

            migrationBuilder.EnableTenantIsolation("reviews");
            // The platform's starting word lists (ReviewSettings.Default…); operators edit them under api/host/reviews/settings.
            migrationBuilder.Sql("""
                INSERT INTO review_settings (id, blocked_words, suspicious_words, concurrency_stamp)
                VALUES ('00000000-0000-7000-8000-000000000002', '["毒品", "枪支", "办证", "代开发票", "赌博", "色情", "传销"]', '["加微信", "加v", "好评返现", "返现", "刷单", "私聊", "骗子", "垃圾店"]', md5(random()::text))
                ON CONFLICT (id) DO NOTHING;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DisableTenantIsolation("reviews");
            migrationBuilder.DropTable(
                name: "review_settings");

            migrationBuilder.DropTable(
                name: "reviews");
        }
    }
}
