import { BookingDto } from '../bookings/bookings.models';
import { OrderDto } from '../ordering/ordering.models';

export interface DailySales {
  days: string[];
  bookingsFen: number[];
  ordersFen: number[];
}

/** Local date (yyyy-MM-dd) and hour of an instant in the store's time zone. */
function local(at: string, timeZone: string): { day: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(at));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { day: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')) };
}

/** The last `days` local days ending today, oldest first. */
export function lastDays(days: number, timeZone: string, now = new Date()): string[] {
  return Array.from({ length: days }, (_, i) => local(new Date(now.getTime() - (days - 1 - i) * 86_400_000).toISOString(), timeZone).day);
}

/** Sales per local day: released bookings' final spend by arrival day, paid orders by payment day. */
export function salesByDay(bookings: BookingDto[], orders: OrderDto[], days: string[], timeZone: string): DailySales {
  const bookingsFen = days.map(() => 0);
  const ordersFen = days.map(() => 0);
  for (const b of bookings) {
    const i = days.indexOf(local(b.arriveAt, timeZone).day);
    if (i >= 0) bookingsFen[i] += b.spendFen;
  }
  for (const o of orders) {
    if (!o.paidAt) continue;
    const i = days.indexOf(local(o.paidAt, timeZone).day);
    if (i >= 0) ordersFen[i] += o.totalFen - o.refundedFen;
  }
  return { days, bookingsFen, ordersFen };
}

/** How many arrivals and paid orders fall in each local hour of the day (0–23). */
export function peakHours(bookings: BookingDto[], orders: OrderDto[], timeZone: string): { arrivals: number[]; orders: number[] } {
  const arrivals = Array<number>(24).fill(0);
  const ordered = Array<number>(24).fill(0);
  for (const b of bookings) arrivals[local(b.arriveAt, timeZone).hour]++;
  for (const o of orders) if (o.paidAt) ordered[local(o.paidAt, timeZone).hour]++;
  return { arrivals, orders: ordered };
}
