import { describe, expect, it } from 'vitest'
import { catalogApi } from '../src/catalog/api'
import { createHttpClient } from '../src/shared/http'
import { boxAround, distanceText, needsLocation, placeInBox, toStoreSearch, initialStoreList } from '../src/catalog/storeList'
import { hoursText } from '../src/catalog/hours'
import { scanToken } from '../src/catalog/scanLink'
import { fakeTransport, ok } from './fakeTransport'

const anonymous = { ensure: async () => 'never', peek: () => null, renew: async () => 'never' }

describe('catalog API', () => {
  it('searches stores with sort, filters, location and paging', async () => {
    const { transport, requests } = fakeTransport(() => ok({ items: [], totalCount: 0 }))
    const api = catalogApi(createHttpClient(transport, anonymous))
    await api.stores(toStoreSearch({ ...initialStoreList, category: 'ktv', openNow: true }, { latitude: 39.9, longitude: 116.4 }, 20))
    expect(requests[0].url).toBe('/api/app/catalog/stores?category=ktv&openNow=true&sort=Distance&latitude=39.9&longitude=116.4&skip=20&take=20')
    expect(requests[0].headers.Authorization).toBeUndefined()
  })

  it('resolves a scanned token and filters spaces', async () => {
    const { transport, requests } = fakeTransport(() => ok([]))
    const api = catalogApi(createHttpClient(transport, anonymous))
    await api.scan('abc.def')
    await api.spaces('s1', { partySize: 4, facilities: ['茶台'], sort: 'Recommended' })
    await api.videos('s1', 'sp1')
    expect(requests.map((r) => r.url)).toEqual([
      '/api/app/catalog/scan?t=abc.def',
      '/api/app/catalog/stores/s1/spaces?partySize=4&facilities=%E8%8C%B6%E5%8F%B0&sort=Recommended',
      '/api/app/catalog/stores/s1/videos?spaceId=sp1',
    ])
  })
})

describe('store list', () => {
  it('needs the location only for the distance sort', () => {
    expect(needsLocation(initialStoreList)).toBe(true)
    expect(needsLocation({ ...initialStoreList, sort: 'Rating' })).toBe(false)
  })

  it('falls back to the composite ranking when the location was refused', () => {
    expect(toStoreSearch(initialStoreList, null).sort).toBe('Composite')
    expect(toStoreSearch({ ...initialStoreList, keyword: '  星光 ' }, null).keyword).toBe('星光')
  })

  it('shows distances in metres or kilometres', () => {
    expect(distanceText(850.4)).toBe('850m')
    expect(distanceText(12_345)).toBe('12.3km')
    expect(distanceText(null)).toBe('')
  })

  it('places stores in the map box', () => {
    const box = boxAround([{ latitude: 30, longitude: 120 }, { latitude: 40, longitude: 116 }], 0)
    expect(placeInBox({ latitude: 40, longitude: 116 }, box)).toEqual({ x: 0, y: 0 })
    expect(placeInBox({ latitude: 30, longitude: 120 }, box)).toEqual({ x: 100, y: 100 })
  })
})

describe('store hours', () => {
  const daily = (start: string, end: string) => ({
    week: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((day) => ({ day: day as 'Monday', ranges: [{ start, end }] })),
    exceptions: [],
  })

  it('groups days with the same hours and marks ranges past midnight', () => {
    expect(hoursText(daily('12:00:00', '02:00:00'))).toEqual(['每天 12:00-次日02:00'])
  })

  it('lists each day when they differ', () => {
    const hours = daily('09:00:00', '23:00:00')
    hours.week[6] = { day: 'Sunday' as 'Monday', ranges: [] }
    const lines = hoursText(hours)
    expect(lines).toHaveLength(7)
    expect(lines[6]).toBe('周日 休息')
  })
})

describe('scan links', () => {
  it('takes the token from the H5 URL, WeChat\'s q parameter or a scanned text', () => {
    expect(scanToken({ t: 'tok' })).toBe('tok')
    expect(scanToken({ q: encodeURIComponent('https://x.cn/h5/scan?t=a.b') })).toBe('a.b')
    expect(scanToken({}, 'http://127.0.0.1:5000/h5/scan?t=c.d&x=1')).toBe('c.d')
    expect(scanToken({}, 'hello')).toBeNull()
  })
})
