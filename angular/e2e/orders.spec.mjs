import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { api, closeBrowser, demoStore, newPage, orderAndPay, screenshot, signIn, staffToken } from './support.mjs';

after(closeBrowser);

test('a paid order pops up in the front desk inbox with a sound, is accepted, marked VIP, its receipt printed, prepared and delivered', async () => {
  const { store, space, qrToken, orderable } = await demoStore('cafe-demo');
  const product = orderable();

  const page = await newPage();
  await signIn(page, { tenant: 'cafe-demo', user: 'frontdesk', path: 'orders' });
  await page.getByTestId('store-select').getByText(store.name).waitFor();
  await page.getByTestId('to-accept').waitFor();
  await page.getByTestId('live').waitFor(); // joined the store's live updates

  // A customer scans the space's QR code, orders and pays.
  const { customer, order: placed } = await orderAndPay(space, qrToken, [{ productId: product.id, quantity: 2 }]);

  await page.locator('.new-order-notification').getByText(placed.number).waitFor({ timeout: 10_000 });
  assert.equal(await page.getByTestId('chimes').getAttribute('data-count'), '1');
  const row = page.getByTestId('to-accept').locator(`tr[data-order="${placed.number}"]`);
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(`${product.name}.*×2`));
  await screenshot(page, 'order-inbox');

  await row.getByTestId('accept').click();
  await row.waitFor({ state: 'detached' });
  await page.locator('.ant-tabs-tab', { hasText: '制作与配送中' }).click();
  const inProgress = page.getByTestId('in-progress').locator(`tr[data-order="${placed.number}"]`);
  // The front desk marks it VIP: its kitchen tickets carry the priority.
  await inProgress.getByTestId('vip').click();
  await inProgress.getByTestId('priority').getByText('VIP').waitFor();
  const frontDesk = await staffToken('cafe-demo', 'frontdesk');
  const tickets = await api(frontDesk, 'GET', `/api/admin/kitchen/orders/${placed.id}/tickets`);
  assert.ok(tickets.length > 0 && tickets.every((t) => t.priority === 'Vip'), JSON.stringify(tickets.map((t) => t.priority)));
  // A receipt goes to the store's receipt printers (none here: nothing to print, no error).
  await inProgress.getByTestId('receipt').click();
  await page.locator('.receipt-notification').getByText(placed.number).waitFor();
  for (const button of ['开始制作', '开始配送', '已送达']) await inProgress.getByRole('button', { name: button }).click();
  await inProgress.waitFor({ state: 'detached' });

  const order = await api(customer, 'GET', `/api/app/orders/${placed.id}`);
  assert.equal(order.status, 'Delivered');
});
