using LocalLife.Kitchen;
using LocalLife.Ordering;

namespace LocalLife.Printing;

/// <summary>One template per kind of slip: the station's ticket (big room number and items, notes in bold) and the receipt.</summary>
public static class PrintTemplates
{
    public static byte[] KitchenTicket(KitchenTicket t, TimeZoneInfo zone)
    {
        var p = new EscPos().Center().Size(2).Bold(true).Line($"{StationName(t.Station)} {t.SpaceNumber}").Size(1)
            .Line(t.Priority == OrderPriority.Normal ? "" : t.Priority == OrderPriority.Urgent ? "** 加急 **" : "** VIP **").Bold(false)
            .Left().Line($"单号: {t.OrderNumber}")
            .Line($"下单: {TimeZoneInfo.ConvertTime(t.QueuedAt, zone):HH:mm}  应出: {TimeZoneInfo.ConvertTime(t.DueAt, zone):HH:mm}")
            .Line(new string('-', 32));
        foreach (var item in t.Items)
        {
            p.Size(2).Line($"{item.Quantity} x {item.Name}").Size(1);
            if (item.Options.Count > 0) p.Line("  " + string.Join(" / ", item.Options));
            if (!string.IsNullOrWhiteSpace(item.Note)) p.Bold(true).Line("  备注: " + item.Note).Bold(false);
        }
        if (!string.IsNullOrWhiteSpace(t.OrderNote)) p.Bold(true).Line("整单备注: " + t.OrderNote).Bold(false);
        return p.Line().Line().Cut().ToArray();
    }

    public static byte[] Receipt(Order o, string storeName, TimeZoneInfo zone)
    {
        var p = new EscPos().Center().Size(2).Bold(true).Line(storeName).Size(1).Bold(false)
            .Left().Line($"单号: {o.Number}").Line($"位置: {o.SpaceNumber} {o.SpaceName}")
            .Line($"时间: {TimeZoneInfo.ConvertTime(o.PaidAt ?? o.PlacedAt, zone):yyyy-MM-dd HH:mm}").Line(new string('-', 32));
        foreach (var l in o.Lines) p.Line($"{l.Name} x{l.Quantity}  {Yuan(l.UnitPriceFen * l.Quantity)}");
        p.Line(new string('-', 32)).Line($"合计: {Yuan(o.Amount.ItemsFen)}");
        if (o.Amount.DiscountFen > 0) p.Line($"优惠: -{Yuan(o.Amount.DiscountFen)}");
        if (o.Amount.PointsFen > 0) p.Line($"积分抵扣: -{Yuan(o.Amount.PointsFen)}");
        return p.Bold(true).Line($"实付: {Yuan(o.Amount.CashFen)}").Bold(false).Line().Center().Line("谢谢惠顾").Line().Cut().ToArray();
    }

    private static string Yuan(long fen) => $"¥{fen / 100}.{fen % 100:00}";

    private static string StationName(Station s) => s switch { Station.Bar => "吧台", Station.Kitchen => "后厨", _ => "服务" };
}
