using LocalLife.Errors;
using LocalLife.Ordering;

namespace LocalLife.Kitchen;

public sealed class KitchenTicketTests
{
    private static readonly DateTimeOffset Now = OrderTestData.Now;
    private readonly OrderTestData _data = new();

    private Order AcceptedOrder()
    {
        var kitchen = _data.NewProduct("三明治", 2_500, null, prep: 15);
        var category = new ProductCategory(Guid.NewGuid(), _data.Store.TenantId!.Value, _data.Store.Id, "food", "简餐", "Food", Station.Kitchen, 2);
        kitchen.Update(category, kitchen.Details, kitchen.Prices, [], 0, Now);
        var cart = _data.NewCart((_data.Latte, 2), (_data.Cake, 1));
        cart.Add(kitchen, [], 1, 2_500, "no onion", Now);
        var priced = CartPricer.Price(cart, new[] { _data.Latte, _data.Cake, kitchen }.ToDictionary(p => p.Id), OrderTestData.Member, Now);
        var manager = new OrderManager();
        var order = manager.Create(_data.Store, _data.Space, cart.CustomerId, OrderTestData.Member, null, priced, new Dictionary<Guid, string>(),
            Payments.PayableAmount.Of(manager.CheckOut(_data.Store, priced, null, Now)).WithPoints(9_700, 9_700), [], "by the window", Now);
        order.Accept(Guid.NewGuid(), Now);
        return order;
    }

    [Fact]
    public void An_order_splits_into_one_ticket_per_station_due_after_its_longest_item()
    {
        var tickets = KitchenTicket.Split(AcceptedOrder(), OrderPriority.Vip, Now);
        tickets.Select(t => t.Station).ShouldBe([Station.Bar, Station.Kitchen]);
        var bar = tickets[0];
        bar.Items.Select(i => i.Name).ShouldBe(["拿铁", "蛋糕"]);
        bar.DueAt.ShouldBe(Now.AddMinutes(12));
        tickets[1].Items.ShouldHaveSingleItem().Note.ShouldBe("no onion");
        tickets[1].DueAt.ShouldBe(Now.AddMinutes(15));
        tickets.ShouldAllBe(t => t.Priority == OrderPriority.Vip && t.Status == TicketStatus.Queued && t.OrderNote == "by the window");
    }

    [Fact]
    public void Finishing_each_item_starts_the_ticket_and_the_last_one_finishes_it()
    {
        var ticket = KitchenTicket.Split(AcceptedOrder(), OrderPriority.Normal, Now)[0];
        ticket.FinishItem(ticket.Items[0].LineId, Now.AddMinutes(3));
        ticket.Status.ShouldBe(TicketStatus.Preparing);
        ticket.StartedAt.ShouldBe(Now.AddMinutes(3));
        ticket.FinishItem(ticket.Items[0].LineId, Now.AddMinutes(4)); // again: nothing
        ticket.FinishItem(ticket.Items[1].LineId, Now.AddMinutes(5));
        ticket.Status.ShouldBe(TicketStatus.Done);
        ticket.DoneAt.ShouldBe(Now.AddMinutes(5));
        Should.Throw<BusinessException>(() => ticket.FinishItem(ticket.Items[0].LineId, Now)).Code.ShouldBe(KitchenErrorCodes.IllegalTransition);
        Should.Throw<BusinessException>(() => ticket.Start(Now)).Code.ShouldBe(KitchenErrorCodes.IllegalTransition);
    }

    [Fact]
    public void A_ticket_open_past_its_due_time_is_late_and_a_made_one_never_is()
    {
        var ticket = KitchenTicket.Split(AcceptedOrder(), OrderPriority.Normal, Now)[1];
        ticket.IsDelayed(Now.AddMinutes(15)).ShouldBeFalse();
        ticket.IsDelayed(Now.AddMinutes(16)).ShouldBeTrue();
        ticket.Finish(Now.AddMinutes(20));
        ticket.IsDelayed(Now.AddHours(1)).ShouldBeFalse();
    }

    [Fact]
    public void Priority_follows_the_order_while_the_ticket_is_open_and_cancelling_is_final()
    {
        var ticket = KitchenTicket.Split(AcceptedOrder(), OrderPriority.Normal, Now)[0];
        ticket.Prioritize(OrderPriority.Urgent, Now);
        ticket.Priority.ShouldBe(OrderPriority.Urgent);
        ticket.Cancel(Now);
        ticket.Cancel(Now);
        ticket.Prioritize(OrderPriority.Vip, Now);
        ticket.Priority.ShouldBe(OrderPriority.Urgent);
        Should.Throw<BusinessException>(() => ticket.FinishItem(ticket.Items[0].LineId, Now)).Code.ShouldBe(KitchenErrorCodes.IllegalTransition);
        Should.Throw<BusinessException>(() => ticket.FinishItem(Guid.NewGuid(), Now)).Code.ShouldBe(KitchenErrorCodes.IllegalTransition);
    }

    [Fact]
    public void Items_with_the_same_product_and_options_batch_together_whatever_the_options_order()
    {
        var product = Guid.NewGuid();
        new TicketItem(Guid.NewGuid(), product, "茶", ["大杯", "少冰"], 1, null, 3).BatchKey
            .ShouldBe(new TicketItem(Guid.NewGuid(), product, "茶", ["少冰", "大杯"], 2, "x", 3).BatchKey);
        new TicketItem(Guid.NewGuid(), product, "茶", ["大杯"], 1, null, 3).BatchKey
            .ShouldNotBe(new TicketItem(Guid.NewGuid(), product, "茶", ["中杯"], 1, null, 3).BatchKey);
    }
}
