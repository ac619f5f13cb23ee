using System.Net;
using LocalLife.Errors;
using LocalLife.Tenancy;

namespace LocalLife.Eventing;

[Collection(ApiCollection.Name)]
public sealed class EventAdminApiTests(ApiFixture api)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Deactivating_a_merchant_outboxes_its_event_and_the_embedded_relay_hands_it_to_the_handler_once()
    {
        var admin = await api.LoginAsync(null, "admin");
        var tenant = await CreateTenantAsync(admin);

        (await admin.PostAsync($"/api/host/tenants/{tenant.Id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var sql = "SELECT count(*) FROM outbox_messages WHERE event_name = @name AND payload->>'tenantId' = @tenant AND status = 1";
        (await AllTenantsSql.EventuallyAsync(async () => await AllTenantsSql.ScalarAsync<long>(api.Database, sql,
            ("name", "locallife.tenancy.tenant-status-changed"), ("tenant", tenant.Id.ToString())) == 1, Patience)).ShouldBeTrue();
        var handled = await AllTenantsSql.ScalarAsync<long>(api.Database,
            "SELECT count(*) FROM inbox_records i JOIN outbox_messages o ON o.id = i.message_id WHERE o.payload->>'tenantId' = @tenant",
            ("tenant", tenant.Id.ToString()));
        handled.ShouldBe(1);
    }

    [Fact]
    public async Task An_operator_sees_failed_messages_and_retries_one_which_is_then_published()
    {
        var id = await InsertFailedMessageAsync();
        var admin = await api.LoginAsync(null, "admin");

        var overview = await (await admin.GetAsync("/api/host/events?take=100")).ReadAsAsync<EventOverviewDto>();
        overview.Failed.ShouldBeGreaterThanOrEqualTo(1);
        var failed = overview.FailedMessages.Items.Where(m => m.Id == id).ShouldHaveSingleItem();
        failed.LastError.ShouldBe("broker said no");
        failed.Attempts.ShouldBe(10);

        var retried = await (await admin.PostAsync($"/api/host/events/{id}/retry", null)).ReadAsAsync<OutboxMessageDto>();
        retried.Status.ShouldBe(OutboxMessageStatus.Pending);
        retried.Attempts.ShouldBe(0);
        (await AllTenantsSql.EventuallyAsync(async () => await StatusAsync(id) == (int)OutboxMessageStatus.Published, Patience)).ShouldBeTrue();

        await (await admin.PostAsync($"/api/host/events/{id}/retry", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, EventingErrorCodes.MessageNotFailed);
    }

    [Fact]
    public async Task Unknown_messages_bad_paging_and_callers_without_the_permission_are_refused()
    {
        var admin = await api.LoginAsync(null, "admin");
        await (await admin.PostAsync($"/api/host/events/{Guid.NewGuid()}/retry", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await admin.GetAsync("/api/host/events?take=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);

        var operatorClient = await api.LoginAsync(null, "operator");
        await (await operatorClient.GetAsync("/api/host/events")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        await (await owner.GetAsync("/api/host/events")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
        await (await api.CreateClient().GetAsync("/api/host/events")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, LocalLifeErrorCodes.Unauthorized);
    }

    private async Task<TenantDto> CreateTenantAsync(HttpClient admin)
    {
        var response = await admin.PostJsonAsync("/api/host/tenants", new CreateTenantDto
        {
            Name = "ev-" + Guid.NewGuid().ToString("N")[..10], DisplayName = "事件测试", ContactName = "张三", ContactPhone = "13900000000",
            EnabledCategories = ["cafe"], AdminUserName = "boss", AdminPassword = "Boss12345",
        });
        return await response.ReadAsAsync<TenantDto>(HttpStatusCode.Created);
    }

    /// <summary>A message of a tenant that used up its attempts (as after a long broker outage with a bad payload).</summary>
    private async Task<Guid> InsertFailedMessageAsync()
    {
        var id = Guid.CreateVersion7();
        var tenant = await AllTenantsSql.ScalarAsync<Guid>(api.Database, "SELECT id FROM tenants WHERE name = 'cafe-demo'");
        await using var connection = await AllTenantsSql.OpenAsync(api.Database);
        await using var insert = new Npgsql.NpgsqlCommand("""
            INSERT INTO outbox_messages (id, tenant_id, event_name, payload, creation_time, status, attempts, next_attempt_time, last_attempt_time, last_error)
            VALUES (@id, @tenant, 'locallife.test.nobody-listens', '{}', now(), 2, 10, now(), now(), 'broker said no')
            """, connection);
        insert.Parameters.AddWithValue("id", id);
        insert.Parameters.AddWithValue("tenant", tenant);
        await insert.ExecuteNonQueryAsync();
        return id;
    }

    private Task<int> StatusAsync(Guid id) =>
        AllTenantsSql.ScalarAsync<int>(api.Database, "SELECT status FROM outbox_messages WHERE id = @id", ("id", id));
}
