import { BookingDto } from '../bookings/bookings.models';
import { OrderDto } from '../ordering/ordering.models';
import { lastDays, peakHours, salesByDay } from './sales-stats';

const booking = (arriveAt: string, spendFen: number) => ({ arriveAt, spendFen }) as BookingDto;
const order = (paidAt: string | null, totalFen: number, refundedFen = 0) => ({ paidAt, totalFen, refundedFen }) as OrderDto;

describe('sales statistics', () => {
  it('adds sales to the store-local day, orders net of refunds', () => {
    // 2026-11-24 17:30 UTC is already the 25th in Shanghai.
    const days = ['2026-11-24', '2026-11-25'];
    const sales = salesByDay([booking('2026-11-24T17:30:00Z', 30000), booking('2026-11-24T03:00:00Z', 10000)],
      [order('2026-11-25T02:00:00Z', 5000, 1000), order(null, 9999)], days, 'Asia/Shanghai');

    expect(sales.bookingsFen).toEqual([10000, 30000]);
    expect(sales.ordersFen).toEqual([0, 4000]);
  });

  it('counts arrivals and orders per local hour', () => {
    const peaks = peakHours([booking('2026-11-24T12:00:00Z', 0), booking('2026-11-24T12:30:00Z', 0)], [order('2026-11-24T13:05:00Z', 1)], 'Asia/Shanghai');
    expect(peaks.arrivals[20]).toBe(2);
    expect(peaks.orders[21]).toBe(1);
  });

  it('lists the last days oldest first', () => {
    expect(lastDays(3, 'UTC', new Date('2026-11-25T10:00:00Z'))).toEqual(['2026-11-23', '2026-11-24', '2026-11-25']);
  });
});
