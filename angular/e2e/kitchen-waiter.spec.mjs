import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { api, closeBrowser, demoStore, newPage, orderAndPay, screenshot, signIn, staffToken } from './support.mjs';

after(closeBrowser);

test('a paid bar + kitchen order shows on both station displays, is made there, and reaches the waiter screen live to be delivered', async () => {
  const { store, space, qrToken, orderable } = await demoStore('ktv-demo');
  const drink = orderable('Bar');
  const snack = orderable('Kitchen');
  assert.ok(drink && snack, 'the KTV demo menu has bar and kitchen products');

  // The waiter goes on duty near the space on the phone screen.
  const waiter = await newPage({ viewport: { width: 390, height: 844 } });
  await signIn(waiter, { tenant: 'ktv-demo', user: 'waiter', path: 'waiter' });
  await waiter.getByTestId('store-select').getByText(store.name).waitFor();
  await waiter.getByTestId('live').waitFor();
  await waiter.getByTestId('near').click();
  await waiter.locator('.ant-select-item-option', { hasText: `${space.number} ${space.name}` }).click();
  await waiter.getByTestId('duty-state').getByText('休息中').waitFor(); // the demo waiter starts off duty (a fresh database)
  await waiter.getByTestId('duty').click();
  await waiter.getByTestId('duty-state').getByText('上班中').waitFor();
  await waiter.getByTestId('no-tasks').waitFor();

  // The bar and the kitchen each watch their station's display.
  const bar = await newPage();
  await signIn(bar, { tenant: 'ktv-demo', user: 'kitchen', path: 'kitchen' });
  await bar.getByTestId('store-select').getByText(store.name).waitFor();
  await bar.getByTestId('station').getByText('吧台').click();
  await bar.locator('[data-testid=kitchen-display][data-station=Bar]').waitFor();
  await bar.getByTestId('live').waitFor();
  const kitchen = await newPage();
  await signIn(kitchen, { tenant: 'ktv-demo', user: 'kitchen', path: 'kitchen' });
  await kitchen.getByTestId('station').getByText('后厨').click();
  await kitchen.locator('[data-testid=kitchen-display][data-station=Kitchen]').waitFor();
  await kitchen.getByTestId('live').waitFor();

  // A customer orders a drink and a snack and pays; the front desk accepts, which splits it into station tickets.
  const { customer, order: placed } = await orderAndPay(space, qrToken, [{ productId: drink.id, quantity: 2 }, { productId: snack.id, quantity: 1 }]);
  const frontDesk = await staffToken('ktv-demo', 'frontdesk');
  await api(frontDesk, 'POST', `/api/admin/orders/${placed.id}/accept`);

  // Pushed to the bar (well before the 30 s refresh): the merged batch and the ticket.
  const barTicket = bar.locator(`[data-testid=ticket][data-order="${placed.number}"]`);
  await barTicket.waitFor({ timeout: 10_000 });
  assert.match(await barTicket.innerText(), new RegExp(`${space.number}[\\s\\S]*2 ×\\s*${drink.name}`));
  assert.ok(!(await barTicket.innerText()).includes(snack.name));
  await bar.getByTestId('batch').filter({ hasText: drink.name }).getByText('2 ×').waitFor();
  await screenshot(bar, 'kitchen-display');
  await barTicket.getByTestId('start').click();
  await bar.locator(`[data-testid=ticket][data-order="${placed.number}"][data-status=Preparing]`).waitFor();
  assert.equal((await api(customer, 'GET', `/api/app/orders/${placed.id}`)).status, 'Preparing');
  await barTicket.getByTestId('done').click();
  await barTicket.waitFor({ state: 'detached' });

  // The kitchen marks its one item made, which finishes its ticket and the order.
  const kitchenTicket = kitchen.locator(`[data-testid=ticket][data-order="${placed.number}"]`);
  await kitchenTicket.waitFor({ timeout: 10_000 });
  assert.match(await kitchenTicket.innerText(), new RegExp(`1 ×\\s*${snack.name}`));
  await kitchenTicket.getByTestId('item-done').click();
  await kitchenTicket.waitFor({ state: 'detached' });

  // The waiter on duty gets the task live, with a sound, and carries it.
  await waiter.locator('.new-task-notification').getByText(space.number).waitFor({ timeout: 10_000 });
  assert.equal(await waiter.getByTestId('chimes').getAttribute('data-count'), '1');
  const task = waiter.locator('[data-testid=task][data-status=Assigned]');
  const stop = task.locator(`[data-testid=stop][data-order="${placed.number}"]`);
  await stop.getByText(snack.name).waitFor();
  assert.match(await stop.innerText(), new RegExp(`${drink.name}.*×2`));
  await screenshot(waiter, 'waiter-screen');
  await task.getByTestId('accept').click();
  await waiter.locator('[data-testid=task][data-status=Accepted]').getByTestId('pickup').click();
  const carrying = waiter.locator('[data-testid=task][data-status=PickedUp]');
  await carrying.waitFor();
  assert.equal((await api(customer, 'GET', `/api/app/orders/${placed.id}`)).status, 'Delivering');
  await carrying.locator(`[data-testid=stop][data-order="${placed.number}"]`).getByTestId('delivered').click();
  await waiter.getByTestId('no-tasks').waitFor();
  assert.equal((await api(customer, 'GET', `/api/app/orders/${placed.id}`)).status, 'Delivered');
});
