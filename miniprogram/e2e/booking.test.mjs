// Book a room with points and a simulated WeChat payment, in the H5 build against the real host:
// the booking shows as booked with its check-in code, the points were spent, the room shows booked in the store;
// then the customer cancels it.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { BASE, api, customerWithPoints, launch, phone, shot, uniqueCode } from './support.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

test('a customer books a KTV room, pays part of the deposit with points and the rest by (simulated) WeChat Pay', async () => {
  const code = uniqueCode('book')
  const customer = await customerWithPoints(code, 2000)
  const page = await phone(browser, code)
  // Taro keeps earlier pages of the stack in the DOM (hidden): look at what is on screen.
  const $ = (selector, options) => page.locator(selector, options).filter({ visible: true })

  await page.goto(`${BASE}/h5/`)
  await $('[data-testid=store-item]', { hasText: '星光KTV' }).click()
  await $('[data-testid=store-name]').waitFor()
  await shot(page, 'book-1-store')

  // The first free room (a rerun against the same host finds earlier bookings).
  const room = $('[data-testid=space-item]', { has: page.locator('.badge.Free') }).first()
  await room.waitFor()
  const number = await room.getAttribute('data-number')
  await room.click()
  await $('[data-testid=book]', { hasText: '立即预订' }).click()

  // Tomorrow evening, four people, with points.
  await $('.chip', { hasText: /^明天/ }).click()
  await $('[data-testid=slots] .chip', { hasText: /^20:00$/ }).click()
  await $('.chip', { hasText: /^4人$/ }).click()
  await $('[data-testid=line-cash]').waitFor()
  await $('[data-testid=use-points]').click()
  const pointsLine = $('[data-testid=line-points]')
  await pointsLine.waitFor()
  assert.match(await pointsLine.innerText(), /积分抵扣（\d+积分）/)
  await shot(page, 'book-2-breakdown')

  await $('[data-testid=pay]', { hasText: /^支付 ¥/ }).click()

  // The booking page: booked (confirmed by the simulator's signed notification), with the check-in code and QR.
  await $('.badge.Confirmed', { hasText: '已预订' }).waitFor({ timeout: 20_000 })
  assert.match(await $('[data-testid=check-in-code]').innerText(), /\S{4,}/)
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=check-in-qr] img')].some((i) => i.naturalWidth > 0))
  await shot(page, 'book-3-booked')

  const [booking] = (await api(customer.token, 'GET', '/api/app/bookings')).items
  assert.equal(booking.status, 'Confirmed')
  assert.ok(booking.pointsUsed > 0, 'points were used')
  assert.ok(booking.cashFen < booking.depositFen, 'cash is the deposit less the points')

  // The store shows the room as booked.
  await $('.btn', { hasText: '查看门店' }).click()
  await $(`[data-testid=space-item][data-number=${number}] .badge`, { hasText: '已预订' }).waitFor()
  await shot(page, 'book-4-store-booked')

  // Me: the balance is what is left after the points the deposit used.
  await page.goto(`${BASE}/h5/pages/me/index`)
  await $('[data-testid=points-balance]', { hasText: String(2000 - booking.pointsUsed) }).waitFor()
  await $('[data-testid=bind-phone]').click()
  assert.match(await $('[data-testid=phone]').innerText(), /^1\d{10}$/)
  // Kept on the account: it is there again when the customer comes back.
  await page.reload()
  await $('[data-testid=phone]', { hasText: /^1\d{10}$/ }).waitFor()
  await shot(page, 'book-5-me')
  await $('.line', { hasText: '积分明细' }).click()
  await $('[data-testid=points-entry]', { hasText: `积分抵扣` }).filter({ hasText: `-${booking.pointsUsed}` }).waitFor()
  await $('[data-testid=points-entry]', { hasText: '平台调整' }).filter({ hasText: '+2000' }).waitFor()

  // Cancel from my bookings: the booking shows cancelled, and the room is free again for everyone.
  await page.goto(`${BASE}/h5/pages/bookings/index`)
  await $('[data-testid=booking-item]', { hasText: number }).click()
  await $('[data-testid=cancel]').click()
  await $('.taro-model__confirm', { hasText: '确定取消' }).click()
  // The booking page (and the list under it, by its live push) show it cancelled; the cancel button is gone.
  await page.locator('[data-testid=cancel]').waitFor({ state: 'detached' })
  await $('.badge.Cancelled', { hasText: '已取消' }).first().waitFor()
  const cancelled = await api(customer.token, 'GET', `/api/app/bookings/${booking.id}`)
  assert.equal(cancelled.status, 'Cancelled')
  assert.deepEqual(page.errors, [])
  await page.context().close()
})
