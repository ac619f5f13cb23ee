import { describe, expect, it } from 'vitest'
import { marketingApi } from '../src/marketing/api'
import { comboOptions, comboUnitPrice, countdown, initialPicks, missingPicks, partyText, togglePick } from '../src/marketing/combo'
import { couponBenefit, couponFields, sortOffers } from '../src/marketing/labels'
import type { CouponOffer, CouponRules, MenuCombo } from '../src/marketing/types'
import { createHttpClient } from '../src/shared/http'
import { fakeTransport, ok } from './fakeTransport'

const choice = (group: string, id: string, name: string, extraFen = 0, available = true) =>
  ({ productId: id, pick: `${group}:${id}`, name, quantity: 1, extraFen, regularFen: 1000, image: null, available })

const combo: MenuCombo = {
  items: [{ productId: 'p1', name: '果盘', quantity: 1, regularFen: 3800, image: null, available: true }],
  groups: [
    { code: 'drink', name: '饮品', min: 1, max: 1, choices: [choice('drink', 'd1', '啤酒'), choice('drink', 'd2', '果汁', 500)] },
    { code: 'snack', name: '小吃', min: 1, max: 2, choices: [choice('snack', 's1', '薯条'), choice('snack', 's2', '鸡翅', 800), choice('snack', 's3', '爆米花', 0, false)] },
  ],
  partyMin: 2, partyMax: 4, componentsRegularFen: 12800, savingFen: 4000, defaultPicks: ['drink:d1', 'snack:s1'],
}

describe('combo sheet', () => {
  it('starts on the server\'s default picks, grouped', () => {
    expect(initialPicks(combo)).toEqual({ drink: ['drink:d1'], snack: ['snack:s1'] })
  })

  it('switches a pick-one group, toggles up to the maximum, never takes a sold-out choice', () => {
    let p = initialPicks(combo)
    p = togglePick(combo, p, 'drink', 'drink:d2')
    expect(p.drink).toEqual(['drink:d2'])
    p = togglePick(combo, p, 'snack', 'snack:s2')
    expect(p.snack).toEqual(['snack:s1', 'snack:s2'])
    expect(togglePick(combo, p, 'snack', 'snack:s3')).toBe(p)
    p = togglePick(combo, p, 'snack', 'snack:s1')
    p = togglePick(combo, p, 'snack', 'snack:s2')
    expect(missingPicks(combo, p)).toEqual([{ name: '小吃', more: 1 }])
  })

  it('prices the extras and sends the picks in the combo\'s order as the cart line\'s options', () => {
    const p = { drink: ['drink:d2'], snack: ['snack:s2', 'snack:s1'] }
    expect(comboUnitPrice(8800, combo, p)).toBe(8800 + 500 + 800)
    expect(comboOptions(combo, p)).toEqual(['drink:d2', 'snack:s1', 'snack:s2'])
    expect(partyText(combo)).toBe('2-4人餐')
  })

  it('counts an activity down to its end', () => {
    const now = Date.parse('2026-12-05T12:00:00Z')
    expect(countdown('2026-12-07T15:30:00Z', now)).toBe('剩 2天3小时')
    expect(countdown('2026-12-05T13:05:00Z', now)).toBe('剩 1小时5分')
    expect(countdown('2026-12-05T12:45:00Z', now)).toBe('剩 45分')
    expect(countdown('2026-12-05T11:00:00Z', now)).toBe('已结束')
  })
})

describe('coupons', () => {
  const rules: CouponRules = { kind: 'Threshold', amountOffFen: 1000, payPercent: 0, maxDiscountFen: 0, minSpendFen: 10000, use: 'Orders', storeIds: [], categoryCodes: [], productIds: [], newCustomer: 'None', window: null }

  it('reads a coupon\'s benefit as printed on it', () => {
    expect(couponBenefit(rules)).toBe('满100减10')
    expect(couponBenefit({ ...rules, minSpendFen: 0, amountOffFen: 500 })).toBe('无门槛减5')
    expect(couponBenefit({ ...rules, kind: 'Percentage', amountOffFen: 0, payPercent: 85, maxDiscountFen: 2000 })).toBe('8.5折 最高减20')
  })

  it('lets the server choose by default, sends noCoupon for none, the id for one', () => {
    expect(couponFields(undefined)).toEqual({})
    expect(couponFields(null)).toEqual({ noCoupon: true })
    expect(couponFields('c1')).toEqual({ couponId: 'c1' })
  })

  it('lists usable coupons first, most off first', () => {
    const offer = (id: string, usable: boolean, discountFen: number) => ({ coupon: { id }, usable, reason: usable ? null : 'BelowMinimumSpend', discountFen }) as unknown as CouponOffer
    expect(sortOffers([offer('a', false, 0), offer('b', true, 500), offer('c', true, 1000)]).map((o) => o.coupon.id)).toEqual(['c', 'b', 'a'])
  })

  it('reads the coupon centre anonymously, claims with the store, pages mine by state', async () => {
    const { transport, requests } = fakeTransport(() => ok([]))
    const api = marketingApi(createHttpClient(transport, { ensure: async () => 't', peek: () => null, renew: async () => 't' }))
    await api.platformCoupons()
    await api.storeCoupons('s1')
    await api.claim('t1', 's1')
    await api.claim('t2')
    await api.mine('Usable', 20, 20)
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/app/coupons/platform',
      'GET /api/app/coupons/stores/s1',
      'POST /api/app/coupons/templates/t1/claim',
      'POST /api/app/coupons/templates/t2/claim',
      'GET /api/app/coupons/mine?state=Usable&skip=20&take=20',
    ])
    expect(requests[0].headers.Authorization).toBeUndefined()
    expect(requests[2].data).toEqual({ storeId: 's1' })
    expect(requests[3].data).toEqual({ storeId: null })
  })
})
