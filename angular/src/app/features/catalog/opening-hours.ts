import { DayOfWeek, OpeningHoursDto } from './catalog.models';

export const days: DayOfWeek[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** One row of the weekly hours editor: a day open from start to end (end before start runs past midnight). */
export interface DayRow {
  day: DayOfWeek;
  open: boolean;
  start: string;
  end: string;
}

export function toRows(hours: OpeningHoursDto | null): DayRow[] {
  return days.map((day) => {
    const range = hours?.week.find((d) => d.day === day)?.ranges[0];
    return { day, open: !!range || !hours, start: (range?.start ?? '10:00').slice(0, 5), end: (range?.end ?? '02:00').slice(0, 5) };
  });
}

/** The rows back to the API's shape; exceptions (holidays) are kept as they were. */
export function toHours(rows: DayRow[], previous: OpeningHoursDto | null): OpeningHoursDto {
  return {
    week: rows.filter((r) => r.open).map((r) => ({ day: r.day, ranges: [{ start: `${r.start}:00`, end: `${r.end}:00` }] })),
    exceptions: previous?.exceptions ?? [],
  };
}
