import { BookingDto } from '../bookings/bookings.models';
import { OrderDto } from '../ordering/ordering.models';
import { lastDays, peakHours, periodOf, salesBy, toCsv, topProducts } from './sales-stats';

const booking = (arriveAt: string, spendFen: number) => ({ arriveAt, spendFen }) as BookingDto;
const order = (paidAt: string | null, totalFen: number, refundedFen = 0, lines: { name: string; quantity: number }[] = []) =>
  ({ paidAt, totalFen, refundedFen, lines }) as unknown as OrderDto;

describe('sales statistics', () => {
  it('adds sales to the store-local day, orders net of refunds', () => {
    // 2026-11-24 17:30 UTC is already the 25th in Shanghai.
    const days = ['2026-11-24', '2026-11-25'];
    const sales = salesBy([booking('2026-11-24T17:30:00Z', 30000), booking('2026-11-24T03:00:00Z', 10000)],
      [order('2026-11-25T02:00:00Z', 5000, 1000), order(null, 9999)], days, 'day', 'Asia/Shanghai');

    expect(sales.bookingsFen).toEqual([10000, 30000]);
    expect(sales.ordersFen).toEqual([0, 4000]);
  });

  it('groups days into weeks starting on Monday and into months', () => {
    expect(periodOf('2026-11-25', 'week')).toBe('2026-11-23');
    expect(periodOf('2026-11-23', 'week')).toBe('2026-11-23');
    expect(periodOf('2026-11-22', 'week')).toBe('2026-11-16');
    expect(periodOf('2026-11-25', 'month')).toBe('2026-11');
    const sales = salesBy([booking('2026-11-20T04:00:00Z', 100), booking('2026-11-24T04:00:00Z', 200)], [],
      ['2026-11-20', '2026-11-21', '2026-11-24'], 'week', 'Asia/Shanghai');
    expect(sales).toEqual({ keys: ['2026-11-16', '2026-11-23'], bookingsFen: [100, 200], ordersFen: [0, 0] });
  });

  it('counts arrivals and orders per local hour', () => {
    const peaks = peakHours([booking('2026-11-24T12:00:00Z', 0), booking('2026-11-24T12:30:00Z', 0)], [order('2026-11-24T13:05:00Z', 1)], 'Asia/Shanghai');
    expect(peaks.arrivals[20]).toBe(2);
    expect(peaks.orders[21]).toBe(1);
  });

  it('ranks products by units sold', () => {
    const orders = [order('x', 0, 0, [{ name: '美式', quantity: 2 }, { name: '拿铁', quantity: 1 }]), order('y', 0, 0, [{ name: '拿铁', quantity: 3 }])];
    expect(topProducts(orders, 5)).toEqual([{ name: '拿铁', quantity: 4 }, { name: '美式', quantity: 2 }]);
  });

  it('writes CSV that spreadsheets open in Chinese, quoting what needs it', () => {
    expect(toCsv([['日期', '金额'], ['11-25', 12.5], ['a,b', 'say "hi"']])).toBe('\ufeff日期,金额\r\n11-25,12.5\r\n"a,b","say ""hi"""');
  });

  it('lists the last days oldest first', () => {
    expect(lastDays(3, 'UTC', new Date('2026-11-25T10:00:00Z'))).toEqual(['2026-11-23', '2026-11-24', '2026-11-25']);
  });
});
