using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalLife.Migrations
{
    /// <summary>
    /// No schema change: Reviews, OrderPriority and DeadLetters were made side by side on branches; this one carries the model with
    /// all three, which EF compares the database against (the last of them alone lacked Reviews).
    /// </summary>
    public partial class AfterReviewsMerge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
