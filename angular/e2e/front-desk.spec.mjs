import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { api, closeBrowser, customerToken, newPage, payInSimulator, screenshot, signIn, staffToken, tomorrowEvening, unique } from './support.mjs';

after(closeBrowser);

test('the front desk checks a paid booking in by its code and releases it with the final spend', async () => {
  // Arrange: a space of the KTV demo's first store, booked and paid by a customer.
  const manager = await staffToken('ktv-demo', 'manager');
  const [store] = await api(manager, 'GET', '/api/admin/stores');
  const space = await api(manager, 'POST', `/api/admin/spaces?storeId=${store.id}`, {
    number: `F${unique().slice(-4)}`, name: '前台测试包', typeCode: store.spaceTypes[0].code, minCapacity: 1, maxCapacity: 6,
    floor: 2, x: 0, y: 0, basePriceFen: 10000, minimumSpendFen: 0, facilities: [], features: [], priceRules: [],
  });
  const customer = await customerToken();
  const created = await api(customer, 'POST', '/api/app/bookings', { spaceId: space.id, arriveAt: tomorrowEvening(), partySize: 3, usePoints: false });
  const payment = await api(customer, 'GET', `/api/app/payments/${created.booking.paymentId}`);
  await payInSimulator(payment.outTradeNo);
  const booking = await api(customer, 'GET', `/api/app/bookings/${created.booking.id}`);
  assert.equal(booking.status, 'Confirmed');

  const page = await newPage();
  await signIn(page, { tenant: 'ktv-demo', user: 'frontdesk', path: 'bookings' });
  await page.getByTestId('check-in-code').waitFor();
  await page.getByTestId('store-select').getByText(store.name).waitFor();

  // A wrong code shows the API's problem title; the right one (typed or scanned, then Enter) checks in.
  await page.getByTestId('check-in-code').fill('12345678');
  await page.keyboard.press('Enter');
  await page.locator('.problem-notification').waitFor();
  await page.getByTestId('check-in-code').fill(booking.checkInCode);
  await page.keyboard.press('Enter');
  const row = page.getByTestId('in-house').locator(`tr[data-booking="${booking.number}"]`);
  await row.waitFor();
  await page.waitForTimeout(300);
  await screenshot(page, 'front-desk');

  await row.getByTestId('release').click();
  const form = page.getByTestId('release-form');
  await form.locator('[data-spend="orders"] input').fill('80');
  await form.locator('[data-spend="service-fee"] input').fill('20');
  await form.locator('[data-spend="service-fee"] input').blur();
  await screenshot(page, 'front-desk-release');
  await page.locator('.ant-modal-footer').getByRole('button', { name: '结束消费' }).click();
  await row.waitFor({ state: 'detached' });

  const released = await api(customer, 'GET', `/api/app/bookings/${booking.id}`);
  assert.equal(released.status, 'Completed');
  assert.equal(released.spendFen, 10000 + 8000 + 2000);
  const spaceAfter = await api(manager, 'GET', `/api/admin/spaces/${space.id}`);
  assert.equal(spaceAfter.status, 'Cleaning');
});
