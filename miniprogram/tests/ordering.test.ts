import { describe, expect, it } from 'vitest'
import { orderingApi } from '../src/ordering/api'
import { createHttpClient } from '../src/shared/http'
import { defaultChoice, missing, pick, productTags, toOptions, unitPrice } from '../src/ordering/specs'
import { applyOrderStatus, canCancelOrder, canConfirmReceipt, stepIndex } from '../src/ordering/status'
import type { SpecGroup } from '../src/ordering/types'
import { fakeTransport, ok } from './fakeTransport'

const size: SpecGroup = { code: 'size', name: '杯型', required: true, multiple: false, options: [{ code: 'medium', name: '中杯', deltaFen: 0 }, { code: 'large', name: '大杯', deltaFen: 500 }] }
const sugar: SpecGroup = { code: 'sugar', name: '糖度', required: false, multiple: false, options: [{ code: 'half', name: '半糖', deltaFen: 0 }] }
const toppings: SpecGroup = { code: 'top', name: '加料', required: false, multiple: true, options: [{ code: 'pearl', name: '珍珠', deltaFen: 200 }, { code: 'jelly', name: '椰果', deltaFen: 100 }] }
const specs = [size, sugar, toppings]

describe('specs sheet', () => {
  it('starts required single choices on their first option', () => {
    expect(defaultChoice(specs)).toEqual({ size: ['medium'], sugar: [], top: [] })
  })

  it('switches single choices, toggles optional and multiple ones', () => {
    let c = defaultChoice(specs)
    c = pick(specs, c, 'size', 'large')
    c = pick(specs, c, 'size', 'large') // a required choice stays chosen
    c = pick(specs, c, 'sugar', 'half')
    c = pick(specs, c, 'top', 'pearl')
    c = pick(specs, c, 'top', 'jelly')
    c = pick(specs, c, 'top', 'pearl')
    expect(c).toEqual({ size: ['large'], sugar: ['half'], top: ['jelly'] })
    expect(pick(specs, c, 'sugar', 'half').sugar).toEqual([])
  })

  it('prices the options and names them for the API as group:option', () => {
    const c = { size: ['large'], sugar: [], top: ['pearl', 'jelly'] }
    expect(unitPrice({ yourPriceFen: 2900, specs }, c)).toBe(2900 + 500 + 200 + 100)
    expect(toOptions(c)).toEqual(['size:large', 'top:pearl', 'top:jelly'])
  })

  it('says which required choice is missing', () => {
    expect(missing(specs, { size: [], sugar: [], top: [] })).toEqual(['杯型'])
    expect(productTags(['hot', 'morning', 'couple'])).toEqual(['热销', '情侣'])
  })
})

describe('order status', () => {
  const timeline = (...s: string[]) => s.map((status) => ({ status, at: '' })) as never

  it('places an order on the progress bar, and a cancelled one where it stopped', () => {
    expect(stepIndex({ status: 'Placed', timeline: timeline('Placed') })).toBe(-1)
    expect(stepIndex({ status: 'Preparing', timeline: timeline('Placed', 'Paid', 'Accepted', 'Preparing') })).toBe(2)
    expect(stepIndex({ status: 'Cancelled', timeline: timeline('Placed', 'Paid', 'Cancelled') })).toBe(0)
  })

  it('applies live pushes and allows cancel before acceptance, receipt once delivered', () => {
    const list = [{ id: 'o1', status: 'Paid' as const }]
    expect(applyOrderStatus(list, { orderId: 'o1', number: '1', from: 'Paid', status: 'Accepted', at: '' })[0].status).toBe('Accepted')
    expect(applyOrderStatus(list, { orderId: 'zz', number: '1', from: 'Paid', status: 'Accepted', at: '' })).toBe(list)
    expect([canCancelOrder({ status: 'Paid' }), canCancelOrder({ status: 'Accepted' })]).toEqual([true, false])
    expect([canConfirmReceipt({ status: 'Delivered' }), canConfirmReceipt({ status: 'Delivering' })]).toEqual([true, false])
  })
})

describe('ordering API', () => {
  it('calls the menu, cart and order routes', async () => {
    const { transport, requests } = fakeTransport(() => ok({}))
    const api = orderingApi(createHttpClient(transport, { ensure: async () => 't', peek: () => 't', renew: async () => 't' }))
    await api.menu('st', '拿铁')
    await api.addLine('sp', { productId: 'p', quantity: 2, options: ['size:large'] })
    await api.changeLine('sp', 'l1', 0)
    await api.clear('sp')
    await api.place({ spaceId: 'sp', qrToken: 'q.t', usePoints: true, expectedTotalFen: 6400 })
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/app/menu/stores/st?keyword=%E6%8B%BF%E9%93%81',
      'POST /api/app/carts/sp/lines',
      'PUT /api/app/carts/sp/lines/l1',
      'DELETE /api/app/carts/sp',
      'POST /api/app/orders',
    ])
    expect(requests[1].data).toEqual({ productId: 'p', quantity: 2, options: ['size:large'] })
    expect(requests[4].data).toMatchObject({ qrToken: 'q.t', usePoints: true, expectedTotalFen: 6400 })
  })
})
