import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { api, closeBrowser, customerToken, newPage, payInSimulator, screenshot, signIn, staffToken } from './support.mjs';

after(closeBrowser);

test('a paid order pops up in the front desk inbox with a sound, and is accepted, prepared and delivered', async () => {
  const manager = await staffToken('cafe-demo', 'manager');
  const [store] = await api(manager, 'GET', '/api/admin/stores');
  const [space] = await api(manager, 'GET', `/api/admin/spaces?storeId=${store.id}`);
  const qr = await api(manager, 'GET', `/api/admin/spaces/${space.id}/qr`);
  const products = await api(manager, 'GET', `/api/admin/menu/products?storeId=${store.id}`);
  const product = products.find((p) => p.status === 'OnSale' && p.specs.every((g) => !g.required));

  const page = await newPage();
  await signIn(page, { tenant: 'cafe-demo', user: 'frontdesk', path: 'orders' });
  await page.getByTestId('store-select').getByText(store.name).waitFor();
  await page.getByTestId('to-accept').waitFor();
  await page.getByTestId('live').waitFor(); // joined the store's live updates

  // A customer scans the space's QR code, orders and pays.
  const customer = await customerToken();
  await api(customer, 'POST', `/api/app/carts/${space.id}/lines`, { productId: product.id, quantity: 2 });
  const placed = await api(customer, 'POST', '/api/app/orders', { spaceId: space.id, qrToken: new URL(qr.url).searchParams.get('t') });
  const payment = await api(customer, 'GET', `/api/app/payments/${placed.order.paymentId}`);
  await payInSimulator(payment.outTradeNo);

  await page.locator('.new-order-notification').getByText(placed.order.number).waitFor({ timeout: 10_000 });
  assert.equal(await page.getByTestId('chimes').getAttribute('data-count'), '1');
  const row = page.getByTestId('to-accept').locator(`tr[data-order="${placed.order.number}"]`);
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(`${product.name}.*×2`));
  await screenshot(page, 'order-inbox');

  await row.getByTestId('accept').click();
  await row.waitFor({ state: 'detached' });
  await page.locator('.ant-tabs-tab', { hasText: '制作与配送中' }).click();
  const inProgress = page.getByTestId('in-progress').locator(`tr[data-order="${placed.order.number}"]`);
  for (const button of ['开始制作', '开始配送', '已送达']) await inProgress.getByRole('button', { name: button }).click();
  await inProgress.waitFor({ state: 'detached' });

  const order = await api(customer, 'GET', `/api/app/orders/${placed.order.id}`);
  assert.equal(order.status, 'Delivered');
});
