import type { DayOfWeek, OpeningHours, TimeRange } from '../catalog/types'

const days: DayOfWeek[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const dayNames = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/**
 * Stores keep their hours in their own time zone. Every phase-1 store is in China (Asia/Shanghai, UTC+8, no daylight
 * saving), and the mini-program's JavaScript engine has no reliable time-zone data, so the offset is fixed here.
 */
export function zoneOffsetMinutes(timeZone: string): number {
  return /^Asia\/(Shanghai|Chongqing|Harbin|Urumqi|Hong_Kong|Macau|Taipei)$|^PRC$/.test(timeZone) ? 480 : 480
}

export interface ArrivalSlot {
  /** HH:mm in the store's time (次日 for after midnight). */
  label: string
  /** The instant, ISO 8601 UTC. */
  at: string
}

export interface ArrivalDay {
  /** yyyy-MM-dd in the store's time. */
  date: string
  label: string
  slots: ArrivalSlot[]
}

const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number)
  return h * 60 + m
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * Arrival times a customer can pick: the next `dayCount` business days of the store, every `step` minutes inside the
 * day's opening ranges (a range ending at or before its start runs past midnight), from `leadMinutes` after now.
 * Holiday exceptions replace the weekly hours; a closed day has no slots.
 */
export function arrivalDays(hours: OpeningHours, timeZone: string, now: Date, dayCount = 3, step = 30, leadMinutes = 15): ArrivalDay[] {
  const offset = zoneOffsetMinutes(timeZone) * 60_000
  const localNow = new Date(now.getTime() + offset)
  const earliest = now.getTime() + leadMinutes * 60_000
  const result: ArrivalDay[] = []
  // Start from yesterday: a range past midnight may still be open now.
  for (let i = -1; i < dayCount; i++) {
    const local = new Date(Date.UTC(localNow.getUTCFullYear(), localNow.getUTCMonth(), localNow.getUTCDate() + i))
    const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`
    const exception = hours.exceptions.find((e) => e.date === date)
    const ranges: TimeRange[] = exception
      ? (exception.closed ? [] : exception.ranges)
      : (hours.week.find((d) => d.day === days[local.getUTCDay()])?.ranges ?? [])
    const slots: ArrivalSlot[] = []
    for (const range of ranges) {
      const start = minutesOf(range.start)
      let end = minutesOf(range.end)
      if (end <= start) end += 24 * 60
      for (let m = Math.ceil(start / step) * step; m < end; m += step) {
        const at = local.getTime() + m * 60_000 - offset
        if (at < earliest) continue
        const label = `${m >= 1440 ? '次日' : ''}${pad(Math.floor(m / 60) % 24)}:${pad(m % 60)}`
        slots.push({ label, at: new Date(at).toISOString() })
      }
    }
    if (i < 0 && slots.length === 0) continue
    const label = i <= 0 ? '今天' : i === 1 ? '明天' : i === 2 ? '后天' : `${local.getUTCMonth() + 1}月${local.getUTCDate()}日`
    result.push({ date, label: `${label} ${dayNames[local.getUTCDay()]}`, slots })
  }
  // Yesterday's after-midnight slots belong with today for the customer.
  if (result.length > dayCount) {
    const [late, today] = result
    result.splice(0, 2, { ...today, slots: [...late.slots, ...today.slots] })
  }
  return result
}

/** A time shown to a person in the store's time: M月d日 HH:mm. */
export function storeTime(iso: string, timeZone = 'Asia/Shanghai'): string {
  const d = new Date(Date.parse(iso) + zoneOffsetMinutes(timeZone) * 60_000)
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
