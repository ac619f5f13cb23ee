import type { DayOfWeek, OpeningHours } from './types'

const order: DayOfWeek[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const names: Record<DayOfWeek, string> = {
  Monday: '周一', Tuesday: '周二', Wednesday: '周三', Thursday: '周四', Friday: '周五', Saturday: '周六', Sunday: '周日',
}

const hhmm = (t: string) => t.slice(0, 5)

/** The weekly hours in a line or a few: days with the same ranges grouped ("每天 12:00-次日02:00"). */
export function hoursText(hours: OpeningHours): string[] {
  const rangeText = (day: DayOfWeek) => {
    const ranges = hours.week.find((d) => d.day === day)?.ranges ?? []
    if (ranges.length === 0) return '休息'
    return ranges.map((r) => `${hhmm(r.start)}-${r.end <= r.start ? '次日' : ''}${hhmm(r.end)}`).join('、')
  }
  const texts = order.map(rangeText)
  if (texts.every((t) => t === texts[0])) return [`每天 ${texts[0]}`]
  return order.map((d, i) => `${names[d]} ${texts[i]}`)
}
