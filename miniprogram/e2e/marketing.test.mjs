// Coupons end to end, in the H5 build against the real host: a customer claims the store's coupon on the store page,
// orders the set meal through its sheet, the checkout applies the coupon (the server's best), pays (simulated WeChat Pay),
// cancels before the merchant accepts, and the coupon is usable again in my coupons.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { BASE, api, launch, phone, shot, staffToken, uniqueCode } from './support.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

test('claim a coupon → order the combo with it → pay → cancel → the coupon is usable again', async () => {
  const manager = await staffToken('cafe-demo', 'manager')
  const [store] = await api(manager, 'GET', '/api/admin/stores')
  const booth = (await api(manager, 'GET', `/api/admin/spaces?storeId=${store.id}`)).find((s) => s.number === 'Q1')
  const qr = new URL((await api(manager, 'GET', `/api/admin/spaces/${booth.id}/qr`)).url)
  const name = `满5减3-${Date.now().toString(36)}`
  await api(manager, 'POST', '/api/admin/coupon-templates', {
    name, description: null,
    rules: { kind: 'Threshold', amountOffFen: 300, payPercent: 0, maxDiscountFen: 0, minSpendFen: 500, use: 'Orders', storeIds: [], categoryCodes: [], productIds: [], newCustomer: 'None', window: null },
    validity: 'DaysAfterClaim', validFrom: null, validTo: null, validDays: 7, totalQuantity: 10, perCustomerLimit: 1, newCustomerGift: false,
  })

  const page = await phone(browser, uniqueCode('coupon'))
  const $ = (selector, options) => page.locator(selector, options).filter({ visible: true })
  await page.goto(`${BASE}/h5/pages/store/index?id=${store.id}`)
  const coupon = $(`[data-testid=claimable-coupon][data-name="${name}"]`)
  await coupon.locator('[data-testid=claim]', { hasText: '领取' }).click()
  await coupon.locator('[data-testid=claim]', { hasText: '已领取' }).waitFor()
  await shot(page, 'coupon-1-claimed')

  await page.goto(`${BASE}${qr.pathname}${qr.search}`)
  await $('[data-testid=start-order]').click()
  await $('[data-testid=menu-search] input').fill('下午茶套餐')
  await $('[data-testid=menu-search] input').press('Enter')
  const combo = $('[data-testid=product][data-name=下午茶套餐]')
  await combo.waitFor()
  await combo.locator('[data-testid=add]').click()
  const sheet = $('[data-testid=combo-sheet]')
  await sheet.locator('[data-testid=combo-saving]').waitFor()
  await shot(page, 'coupon-2-combo')
  await sheet.locator('[data-testid=combo-add]').click()
  await $('[data-testid=cart-bar]', { hasText: '共 1 件' }).waitFor()

  await $('[data-testid=to-checkout]').click()
  await $('[data-testid=coupon-applied]', { hasText: '-¥3' }).waitFor()
  await shot(page, 'coupon-3-checkout')
  await $('[data-testid=place-order]', { hasText: /^支付 ¥/ }).click()
  await $('[data-testid=order-status][data-status=Paid]').waitFor({ timeout: 20_000 })

  await $('[data-testid=cancel-order]').click()
  await $('.taro-model__confirm').click()
  await $('[data-testid=order-status][data-status=Cancelled]').waitFor({ timeout: 20_000 })

  await page.goto(`${BASE}/h5/pages/my-coupons/index`)
  await $(`[data-testid=my-coupon][data-name="${name}"][data-state=Usable]`).waitFor({ timeout: 10_000 })
  await shot(page, 'coupon-4-usable-again')
  assert.deepEqual(page.errors, [])
  await page.context().close()
})
