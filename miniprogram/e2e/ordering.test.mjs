// Scan to order end to end, in the H5 build against the real host: scan the café booth's QR URL, pick a latte with
// its specs sheet, check out and pay (simulated WeChat Pay); the order reaches the merchant's inbox, and when the
// front desk accepts it and the bar starts making it, the customer's order page changes live.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { BASE, api, launch, phone, shot, staffToken, uniqueCode } from './support.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

test('scan to order: menu, specs, cart, checkout, pay; the merchant inbox gets the order; the status changes live', async () => {
  const manager = await staffToken('cafe-demo', 'manager')
  const [store] = await api(manager, 'GET', '/api/admin/stores')
  const booth = (await api(manager, 'GET', `/api/admin/spaces?storeId=${store.id}`)).find((s) => s.number === 'Q1')
  const qr = new URL((await api(manager, 'GET', `/api/admin/spaces/${booth.id}/qr`)).url)

  const page = await phone(browser, uniqueCode('order'))
  const $ = (selector, options) => page.locator(selector, options).filter({ visible: true })
  await page.goto(`${BASE}${qr.pathname}${qr.search}`)
  await $('[data-testid=scan-space]', { hasText: '安静区 Q1' }).waitFor()
  await $('[data-testid=start-order]').click()

  // Recommendations on top with their reason; one tap puts the suggested set in the cart.
  await $('[data-testid=recommendations] .tag').first().waitFor()
  await $('[data-testid=cart-bar]', { hasText: '购物车是空的' }).waitFor()
  await $('[data-testid=recommendations] .link', { hasText: '一键加入' }).click()
  const cartText = $('[data-testid=cart-bar]', { hasText: /共 \d+ 件/ })
  await cartText.waitFor()
  const before = Number(/共 (\d+) 件/.exec(await cartText.innerText())[1])

  // Then the latte through the specs sheet (large, less ice), two cups.
  await $('[data-testid=menu-search] input').fill('拿铁')
  await $('[data-testid=menu-search] input').press('Enter')
  const latte = $('[data-testid=product][data-name=拿铁]')
  await latte.locator('[data-testid=add]').click()
  const sheet = $('[data-testid=spec-sheet]')
  await sheet.locator('.chip', { hasText: '大杯' }).click()
  await sheet.locator('.chip', { hasText: '少冰' }).click()
  await sheet.locator('.qty-btn', { hasText: '+' }).click()
  await shot(page, 'order-1-specs')
  await $('[data-testid=sheet-add]').click()
  await $('[data-testid=cart-bar]', { hasText: `共 ${before + 2} 件` }).waitFor()
  await shot(page, 'order-2-menu')

  await $('[data-testid=to-checkout]').click()
  await $('[data-testid=checkout-lines]', { hasText: '大杯' }).waitFor()
  await $('[data-testid=order-cash]').waitFor()
  await shot(page, 'order-3-checkout')
  await $('[data-testid=place-order]', { hasText: /^支付 ¥/ }).click()

  // Paid through the simulator's signed notification: waiting for the merchant.
  await $('[data-testid=order-status][data-status=Paid]').waitFor({ timeout: 20_000 })
  await shot(page, 'order-4-paid')

  // The front desk's inbox has it (paid, for this booth); accepting it and starting it show on the phone live.
  const frontdesk = await staffToken('cafe-demo', 'frontdesk')
  const inbox = await api(frontdesk, 'GET', `/api/admin/orders?storeId=${store.id}&status=Paid`)
  const order = inbox.items.find((o) => o.spaceId === booth.id)
  assert.ok(order, 'the order is in the merchant inbox')
  const latteLine = order.lines.find((l) => l.name === '拿铁' && l.options.includes('大杯'))
  assert.equal(latteLine?.quantity, 2)
  assert.equal(order.lines.reduce((n, l) => n + l.quantity, 0), before + 2)

  await api(frontdesk, 'POST', `/api/admin/orders/${order.id}/accept`)
  await $('[data-testid=order-status][data-status=Accepted]', { hasText: '商家已接单' }).waitFor({ timeout: 10_000 })
  const kitchen = await staffToken('cafe-demo', 'manager')
  await api(kitchen, 'POST', `/api/admin/orders/${order.id}/prepare`)
  await $('[data-testid=order-status][data-status=Preparing]', { hasText: '制作中' }).waitFor({ timeout: 10_000 })
  await shot(page, 'order-5-live')
  assert.deepEqual(page.errors, [])
  await page.context().close()
})
