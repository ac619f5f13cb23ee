import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { api, baseUrl, closeBrowser, demoStore, newPage, orderAndPay, screenshot, signIn, staffToken, unique } from './support.mjs';

after(closeBrowser);

test('a review WeChat holds is approved by the operator, then the merchant replies and the reply shows on the store', async () => {
  const { store, space, qrToken, orderable } = await demoStore('ktv-demo');
  const { customer, order } = await orderAndPay(space, qrToken, [{ productId: orderable().id, quantity: 1 }]);
  const manager = await staffToken('ktv-demo', 'manager');
  for (const step of ['accept', 'prepare', 'deliver', 'delivered']) await api(manager, 'POST', `/api/admin/orders/${order.id}/${step}`);
  await api(customer, 'POST', `/api/app/orders/${order.id}/confirm-receipt`);
  // "sim-review" makes the WeChat simulator answer msg_sec_check with suggest=review: the review waits for a person.
  const review = await api(customer, 'POST', '/api/app/reviews',
    { sourceKind: 'Order', sourceId: order.id, stars: 4, text: `包间不错 sim-review ${unique()}`, tags: ['nice-environment'], images: [] });
  assert.equal(review.status, 'Pending');

  const operator = await newPage();
  await signIn(operator, { user: 'operator', path: 'review-moderation' });
  const queued = operator.locator(`[data-testid=review][data-id="${review.id}"]`);
  await queued.waitFor();
  assert.match(await queued.innerText(), /建议人审/);
  await screenshot(operator, 'review-moderation');
  await queued.getByTestId('approve').click();
  await operator.locator(`[data-testid=review][data-id="${review.id}"][data-status=Published]`).waitFor();

  const merchant = await newPage();
  await signIn(merchant, { tenant: 'ktv-demo', user: 'manager', path: 'reviews' });
  await merchant.getByTestId('store-select').getByText(store.name).waitFor();
  const row = merchant.locator(`[data-testid=review][data-id="${review.id}"]`);
  await row.waitFor();
  await row.getByTestId('reply-button').click();
  await merchant.getByTestId('reply-text').fill('感谢光临，欢迎再来');
  await merchant.locator('.ant-modal-footer .ant-btn-primary').click();
  await row.getByTestId('reply').getByText('感谢光临，欢迎再来').waitFor();
  await merchant.getByTestId('reply-text').waitFor({ state: 'hidden' });
  await screenshot(merchant, 'store-reviews');

  const res = await fetch(`${baseUrl}/api/app/stores/${store.id}/reviews?take=50`);
  const shown = (await res.json()).reviews.items.find((r) => r.id === review.id);
  assert.equal(shown?.reply?.text, '感谢光临，欢迎再来');
});
