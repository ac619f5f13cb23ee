// Reviewing end to end, in the H5 build against the real host: a completed order (arranged through the API as the same
// WeChat customer) shows "评价"; the customer gives stars, a tag, a text and a photo; the order then shows the review's state and
// the store page lists the review under its score.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { BASE, api, customerToken, launch, phone, shot, staffToken, uniqueCode } from './support.mjs'

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

test('a completed order is reviewed with stars, a tag, a text and a photo, and the review shows on the store page', async () => {
  const manager = await staffToken('cafe-demo', 'manager')
  const [store] = await api(manager, 'GET', '/api/admin/stores')
  const [space] = await api(manager, 'GET', `/api/admin/spaces?storeId=${store.id}`)
  const qrToken = new URL((await api(manager, 'GET', `/api/admin/spaces/${space.id}/qr`)).url).searchParams.get('t')
  const product = (await api(manager, 'GET', `/api/admin/menu/products?storeId=${store.id}`))
    .find((p) => p.status === 'OnSale' && !p.combo && p.specs.every((g) => !g.required))

  const code = uniqueCode('review')
  const customer = await customerToken(code)
  await api(customer, 'POST', `/api/app/carts/${space.id}/lines`, { productId: product.id, quantity: 1 })
  const placed = await api(customer, 'POST', '/api/app/orders', { spaceId: space.id, qrToken })
  const payment = await api(customer, 'GET', `/api/app/payments/${placed.order.paymentId}`)
  const paid = await fetch(`${BASE}/wechat-sim/sim/pay/${payment.outTradeNo}`, { method: 'POST' })
  assert.ok(paid.ok, await paid.text())
  for (const step of ['accept', 'prepare', 'deliver', 'delivered']) await api(manager, 'POST', `/api/admin/orders/${placed.order.id}/${step}`)
  await api(customer, 'POST', `/api/app/orders/${placed.order.id}/confirm-receipt`)

  const page = await phone(browser, code)
  const $ = (selector, options) => page.locator(selector, options).filter({ visible: true })
  await page.goto(`${BASE}/h5/pages/order/index?id=${placed.order.id}`)
  await $('[data-testid=order-status][data-status=Completed]').waitFor()
  await $('[data-testid=write-review]').click()

  const text = `拿铁很香，环境安静 ${Date.now().toString(36)}`
  await $('[data-testid=star-4]').click()
  await $('[data-testid=review-stars][data-stars="4"]').waitFor()
  await $('.chip', { hasText: '服务好' }).click()
  await $('[data-testid=review-text] textarea').fill(text)
  // A photo through the picker: uploaded to its presigned link at once, then named in the review.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), $('[data-testid=add-photo]').click()])
  await chooser.setFiles({ name: 'room.png', mimeType: 'image/png', buffer: PNG })
  await $('[data-testid=review-photos][data-count="1"]').waitFor()
  await shot(page, 'review-write')
  await $('[data-testid=submit-review]').click()
  await $('text=评价已发布，感谢分享').waitFor()
  await $('text=确定').click()
  await $('[data-testid=review-state][data-status=Published]').waitFor()

  await page.goto(`${BASE}/h5/pages/store/index?id=${store.id}`)
  const item = $('[data-testid=review-item]', { hasText: text })
  await item.waitFor()
  assert.match(await item.innerText(), /服务好/)
  const photo = await item.locator('[data-testid=review-image] img').first().getAttribute('src')
  const served = await fetch(new URL(photo, BASE))
  assert.deepEqual(Buffer.from(await served.arrayBuffer()), PNG)
  assert.match(await $('[data-testid=review-average]').innerText(), /分 · \d+条/)
  await shot(page, 'store-reviews')
  assert.deepEqual(page.errors, [])
})
