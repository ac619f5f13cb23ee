import { BookingDto } from '../bookings/bookings.models';
import { OrderDto } from '../ordering/ordering.models';

export type Period = 'day' | 'week' | 'month';

export interface Sales {
  /** Day (yyyy-MM-dd), week (its Monday) or month (yyyy-MM). */
  keys: string[];
  bookingsFen: number[];
  ordersFen: number[];
}

/** How far back each period looks. */
export const periodDays: Record<Period, number> = { day: 14, week: 12 * 7, month: 183 };

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

/** The period a local day (yyyy-MM-dd) belongs to. */
export function periodOf(day: string, period: Period): string {
  if (period === 'day') return day;
  if (period === 'month') return day.slice(0, 7);
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/** Sales per period over the given local days: released bookings' final spend by arrival, paid orders (net of refunds) by payment. */
export function salesBy(bookings: BookingDto[], orders: OrderDto[], days: string[], period: Period, timeZone: string): Sales {
  const keys = [...new Set(days.map((d) => periodOf(d, period)))];
  const inRange = new Set(days);
  const bookingsFen = keys.map(() => 0);
  const ordersFen = keys.map(() => 0);
  const add = (at: string, fen: number, into: number[]) => {
    const day = local(at, timeZone).day;
    if (inRange.has(day)) into[keys.indexOf(periodOf(day, period))] += fen;
  };
  for (const b of bookings) add(b.arriveAt, b.spendFen, bookingsFen);
  for (const o of orders) if (o.paidAt) add(o.paidAt, o.totalFen - o.refundedFen, ordersFen);
  return { keys, bookingsFen, ordersFen };
}

/** How many arrivals and paid orders fall in each local hour of the day (0–23). */
export function peakHours(bookings: BookingDto[], orders: OrderDto[], timeZone: string): { arrivals: number[]; orders: number[] } {
  const arrivals = Array<number>(24).fill(0);
  const ordered = Array<number>(24).fill(0);
  for (const b of bookings) arrivals[local(b.arriveAt, timeZone).hour]++;
  for (const o of orders) if (o.paidAt) ordered[local(o.paidAt, timeZone).hour]++;
  return { arrivals, orders: ordered };
}

/** Best sellers: units sold per product over the given orders, most first. */
export function topProducts(orders: OrderDto[], count: number): { name: string; quantity: number }[] {
  const units = new Map<string, number>();
  for (const o of orders) for (const l of o.lines) units.set(l.name, (units.get(l.name) ?? 0) + l.quantity);
  return [...units.entries()].map(([name, quantity]) => ({ name, quantity })).sort((a, b) => b.quantity - a.quantity).slice(0, count);
}

/** A CSV file (UTF-8 with a BOM, so spreadsheet programs read the Chinese right). */
export function toCsv(rows: (string | number)[][]): string {
  const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
  return '\ufeff' + rows.map((r) => r.map(cell).join(',')).join('\r\n');
}
