// Scan to order, in the H5 build against the real host: the room's printed QR URL opens the app, which says which
// room the customer is in; a status change made by the merchant shows up live (SignalR over the app's WebSocket).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { BASE, api, launch, phone, shot, staffToken, uniqueCode } from './support.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

async function teaRoom(number) {
  const manager = await staffToken('teahouse-demo', 'manager')
  const [store] = await api(manager, 'GET', '/api/admin/stores')
  const space = (await api(manager, 'GET', `/api/admin/spaces?storeId=${store.id}`)).find((s) => s.number === number)
  assert.ok(space, `space ${number} in the teahouse demo`)
  const qr = await api(manager, 'GET', `/api/admin/spaces/${space.id}/qr`)
  return { manager, space, qr }
}

test('the QR URL of a room opens the app in that room, and a merchant status change shows live', async () => {
  const { manager, space, qr } = await teaRoom('Y02')
  const page = await phone(browser, uniqueCode('scan'))
  const $ = (selector, options) => page.locator(selector, options).filter({ visible: true })

  // The printed URL names the configured host; the path and token are what matter.
  const url = new URL(qr.url)
  await page.goto(`${BASE}${url.pathname}${url.search}`)
  await $('[data-testid=scan-space]', { hasText: '清风茶楼 西湖店 · 观山阁' }).waitFor()
  await $('[data-testid=scan-result] .badge', { hasText: '空闲可订' }).waitFor()
  await shot(page, 'scan-1-room')

  // The hub is connected once the page watches the store; the merchant then puts the room into cleaning.
  await page.waitForTimeout(1500)
  await api(manager, 'POST', `/api/admin/spaces/${space.id}/status`, { status: 'Cleaning', reason: 'e2e' })
  await $('[data-testid=scan-result] .badge', { hasText: '清洁中' }).waitFor({ timeout: 10_000 })
  await shot(page, 'scan-2-live-status')
  await api(manager, 'POST', `/api/admin/spaces/${space.id}/status`, { status: 'Free', reason: 'e2e' })
  await $('[data-testid=scan-result] .badge', { hasText: '空闲可订' }).waitFor({ timeout: 10_000 })
  assert.deepEqual(page.errors, [])
  await page.context().close()
})

test('a forged QR token is refused with the API\'s message', async () => {
  const page = await phone(browser, uniqueCode('forged'))
  await page.goto(`${BASE}/h5/scan?t=forged.token`)
  const error = page.locator('[data-testid=error]').filter({ visible: true })
  await error.waitFor()
  assert.match(await error.innerText(), /二维码|无效|失效/)
  await page.context().close()
})
