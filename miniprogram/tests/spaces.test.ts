import { describe, expect, it } from 'vitest'
import { applySpaceStatus, isBookable } from '../src/spaces/status'
import { facilityOptions, toggle, toSpaceQuery, typeOptions } from '../src/spaces/filter'

const spaces = [
  { id: 'a', status: 'Free' as const, statusChangedAt: '2026-01-01T10:00:00Z', typeCode: 'small', facilities: ['大屏幕', '点歌系统'] },
  { id: 'b', status: 'Free' as const, statusChangedAt: null, typeCode: 'large', facilities: ['点歌系统', '专业音响'] },
]

describe('live space status', () => {
  it('applies a push to the space it names', () => {
    const next = applySpaceStatus(spaces, { spaceId: 'b', storeId: 's', from: 'Free', to: 'Booked', at: '2026-01-01T11:00:00Z' })
    expect(next.map((s) => s.status)).toEqual(['Free', 'Booked'])
    expect(isBookable(next[1])).toBe(false)
  })

  it('ignores pushes for other spaces and stale pushes', () => {
    expect(applySpaceStatus(spaces, { spaceId: 'zz', storeId: 's', from: 'Free', to: 'InUse', at: '2026-01-01T11:00:00Z' })).toBe(spaces)
    expect(applySpaceStatus(spaces, { spaceId: 'a', storeId: 's', from: 'Free', to: 'InUse', at: '2026-01-01T09:00:00Z' })).toBe(spaces)
  })
})

describe('space filters', () => {
  it('asks the API for the best fit when a party size is chosen', () => {
    expect(toSpaceQuery({ partySize: 6, facilities: [] })).toEqual({ partySize: 6, type: undefined, facilities: undefined, maxPriceFen: undefined, sort: 'Recommended' })
    expect(toSpaceQuery({ facilities: ['茶台'], maxPriceFen: 20000 }).sort).toBe('Number')
  })

  it('offers the facilities and types the store has', () => {
    expect(facilityOptions(spaces)).toEqual(['大屏幕', '点歌系统', '专业音响'])
    const types = [
      { code: 'small', kind: 'Room' as const, nameZhHans: '小包', nameEn: 'Small' },
      { code: 'medium', kind: 'Room' as const, nameZhHans: '中包', nameEn: 'Medium' },
      { code: 'large', kind: 'Room' as const, nameZhHans: '大包', nameEn: 'Large' },
    ]
    expect(typeOptions(types, spaces).map((t) => t.code)).toEqual(['small', 'large'])
    expect(toggle(['a', 'b'], 'a')).toEqual(['b'])
    expect(toggle(['b'], 'a')).toEqual(['b', 'a'])
  })
})
