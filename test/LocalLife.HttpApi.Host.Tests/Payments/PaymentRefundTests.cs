using System.Net;
using Npgsql;

namespace LocalLife.Payments;

/// <summary>Refunds can never add up to more than was paid: not by racing, not by writing the table directly.</summary>
[Collection(WeChatCollection.Name)]
public sealed class PaymentRefundTests(WeChatApiFixture api)
{
    private readonly PaymentDriver _driver = new(api);

    [Fact]
    public async Task Ten_refunds_at_once_of_a_third_each_refund_three_and_refuse_the_rest()
    {
        var payment = await _driver.CreatePaidAsync(ApiFixture.KtvTenant, "sim-refund-race", 1000);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            manager.PostJsonAsync($"/api/admin/payments/{payment.Id}/refunds", new RefundPaymentDto { AmountFen = 300, IdempotencyKey = $"race-{i}" })));
        await api.Simulator.WhenSettledAsync();

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(3);
        responses.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity).ShouldBe(7);
        var after = await _driver.GetAsync(ApiFixture.KtvTenant, payment.Id);
        after.RefundedFen.ShouldBe(900);
        after.RefundableFen.ShouldBe(100);
        after.Status.ShouldBe(PaymentStatus.PartiallyRefunded);
    }

    [Fact]
    public async Task The_database_refuses_refunds_above_the_amount_whatever_the_code_does()
    {
        var payment = await _driver.CreatePaidAsync(ApiFixture.KtvTenant, "sim-refund-check", 500);
        await using var db = new NpgsqlConnection(api.Database.SuperuserConnectionString); // past RLS: only the CHECK may refuse it
        await db.OpenAsync();

        var update = new NpgsqlCommand($"UPDATE payments SET refund_pending_fen = 300, refunded_fen = 201 WHERE id = '{payment.Id}'", db);

        (await Should.ThrowAsync<PostgresException>(() => update.ExecuteNonQueryAsync())).SqlState.ShouldBe(PostgresErrorCodes.CheckViolation);
    }

}
