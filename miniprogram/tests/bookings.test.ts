import { describe, expect, it } from 'vitest'
import { arrivalDays, storeTime } from '../src/bookings/slots'
import { applyBookingStatus, canCancel } from '../src/bookings/status'
import { depositLines } from '../src/bookings/deposit'
import { pointsHint } from '../src/loyalty/redemption'
import type { BookingPreview } from '../src/bookings/types'
import type { OpeningHours } from '../src/catalog/types'

const allWeek = (start: string, end: string): OpeningHours => ({
  week: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map((day) => ({ day: day as 'Monday', ranges: [{ start, end }] })),
  exceptions: [],
})

describe('arrival times', () => {
  it('offers every half hour inside the store\'s hours, in the store\'s time (UTC+8)', () => {
    // 2026-11-25 08:00 in Shanghai.
    const days = arrivalDays(allWeek('09:00:00', '11:00:00'), 'Asia/Shanghai', new Date('2026-11-25T00:00:00Z'), 2)
    expect(days.map((d) => d.label)).toEqual(['今天 周三', '明天 周四'])
    expect(days[0].slots.map((s) => s.label)).toEqual(['09:00', '09:30', '10:00', '10:30'])
    expect(days[0].slots[0].at).toBe('2026-11-25T01:00:00.000Z')
  })

  it('runs a range past midnight and starts a little after now', () => {
    // 2026-11-25 20:50 in Shanghai; open 12:00–02:00.
    const [today] = arrivalDays(allWeek('12:00:00', '02:00:00'), 'Asia/Shanghai', new Date('2026-11-25T12:50:00Z'), 1)
    expect(today.slots.map((s) => s.label)).toEqual(['21:30', '22:00', '22:30', '23:00', '23:30', '次日00:00', '次日00:30', '次日01:00', '次日01:30'])
  })

  it('keeps yesterday\'s late opening with today after midnight', () => {
    // 2026-11-26 00:10 in Shanghai: still open from the 25th until 02:00.
    const days = arrivalDays(allWeek('12:00:00', '02:00:00'), 'Asia/Shanghai', new Date('2026-11-25T16:10:00Z'), 2)
    expect(days).toHaveLength(2)
    expect(days[0].slots[0].label).toBe('次日00:30')
    expect(days[0].slots.at(-1)?.label).toBe('次日01:30')
  })

  it('uses holiday exceptions: closed days have no times', () => {
    const hours = { ...allWeek('09:00:00', '23:00:00'), exceptions: [{ date: '2026-11-26', closed: true, ranges: [], isHoliday: true, note: null }] }
    const days = arrivalDays(hours, 'Asia/Shanghai', new Date('2026-11-25T00:00:00Z'), 2)
    expect(days[1].slots).toEqual([])
  })

  it('shows instants in the store\'s time', () => {
    expect(storeTime('2026-11-26T12:00:00Z')).toBe('11月26日 20:00')
  })
})

describe('deposit breakdown', () => {
  const preview: BookingPreview = {
    spaceId: 's', arriveAt: '', priceFen: 15800, depositPercent: 30, depositFen: 4740, pointsBalance: 2000, maxPoints: 2000,
    pointsUsed: 2000, pointsFen: 2000, cashFen: 2740, pointsAllowed: true, discountFen: 0, couponId: null, coupons: [],
  }

  it('lists price, deposit, points and cash', () => {
    expect(depositLines(preview).map((l) => `${l.label} ${l.value}`)).toEqual([
      '包间价格 ¥158', '订金（30%） ¥47.4', '积分抵扣（2000积分） -¥20', '实付 ¥27.4',
    ])
    expect(depositLines({ ...preview, pointsUsed: 0, pointsFen: 0, cashFen: 4740 }).map((l) => l.testId)).toEqual(['price', 'deposit', 'cash'])
  })

  it('says why points cannot be used', () => {
    expect(pointsHint(preview)).toBe('积分余额 2000，最多可用 2000 积分')
    expect(pointsHint({ ...preview, pointsBalance: 0 })).toBe('暂无可用积分')
    expect(pointsHint({ ...preview, pointsAllowed: false })).toBe('该订单不支持积分抵扣')
  })
})

describe('booking status', () => {
  it('applies a live status push and allows cancelling only a live booking', () => {
    const list = [{ id: 'b1', status: 'PendingPayment' as const }, { id: 'b2', status: 'Confirmed' as const }]
    const next = applyBookingStatus(list, { bookingId: 'b1', status: 'Confirmed', at: '' })
    expect(next.map((b) => b.status)).toEqual(['Confirmed', 'Confirmed'])
    expect(applyBookingStatus(list, { bookingId: 'x', status: 'Cancelled', at: '' })).toBe(list)
    expect(canCancel({ status: 'Confirmed' })).toBe(true)
    expect(canCancel({ status: 'CheckedIn' })).toBe(false)
  })
})
