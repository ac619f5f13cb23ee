import { TextTable } from '../../core/i18n.service';

export const analyticsTexts: TextTable = {
  'dashboard.title': ['经营看板', 'Dashboard'],
  'dashboard.sales': ['营业额（元）', 'Sales (yuan)'],
  'dashboard.byDay': ['近 14 天', '14 days'],
  'dashboard.byWeek': ['近 12 周', '12 weeks'],
  'dashboard.byMonth': ['近 6 个月', '6 months'],
  'dashboard.period': ['时间', 'Period'],
  'dashboard.export': ['导出 CSV', 'Export CSV'],
  'dashboard.top': ['商品销量排行', 'Best sellers'],
  'dashboard.units': ['销量', 'Units'],
  'dashboard.peaks': ['高峰时段', 'Peak hours'],
  'dashboard.bookings': ['包间消费', 'Room spend'],
  'dashboard.orders': ['点单', 'Orders'],
  'dashboard.arrivals': ['到店', 'Arrivals'],
  'dashboard.paidOrders': ['下单', 'Orders placed'],
  'dashboard.basis': ['按已完成预订与已支付订单统计（最近 500 条）', 'From completed bookings and paid orders (latest 500)'],
  'platform.byCategory': ['各业态商户数', 'Merchants by category'],
  'platform.joined': ['每月新入驻商户', 'New merchants per month'],
  'platform.newTenants': ['新商户', 'New merchants'],
  'platform.basis': ['正常营业商户 {active} / 共 {total}（按商户列表统计）', '{active} active of {total} merchants (from the tenants list)'],
};
