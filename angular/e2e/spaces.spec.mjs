import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, test } from 'node:test';
import { api, closeBrowser, newPage, screenshot, signIn, staffToken, unique } from './support.mjs';

after(closeBrowser);

/** Picks an option of an ng-zorro select by its text. */
async function choose(page, select, text) {
  await select.click();
  await page.locator('nz-option-item', { hasText: text }).first().click();
}

test('a merchant creates a store and spaces, and sees a status change made elsewhere pushed to the board', async () => {
  const page = await newPage();
  await signIn(page, { tenant: 'ktv-demo', user: 'owner', path: 'stores' });
  await page.getByTestId('stores-table').locator('tbody tr').first().waitFor();
  await page.waitForTimeout(300);
  await screenshot(page, 'stores');

  const storeName = `E2E 店 ${unique()}`;
  await page.getByTestId('create-store').click();
  const form = page.getByTestId('store-form');
  await choose(page, form.getByTestId('store-category'), 'KTV');
  await form.locator('input[name=name]').fill(storeName);
  await form.locator('input[name=address]').fill('上海市黄浦区测试路 1 号');
  await form.locator('input[name=phone]').fill('021-12345678');
  await page.getByRole('button', { name: '保存' }).click();
  await page.locator(`tr[data-store="${storeName}"]`).waitFor();

  await page.locator('.side-menu li', { hasText: '包间状态' }).click();
  await choose(page, page.getByTestId('store-select'), storeName);
  await page.getByTestId('live').waitFor();
  for (const [number, name] of [['E1', '小包 E1'], ['E2', '中包 E2']]) {
    await page.getByTestId('create-space').click();
    const spaceForm = page.getByTestId('space-form');
    await spaceForm.locator('input[name=number]').fill(number);
    await spaceForm.locator('input[name=name]').fill(name);
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator(`[data-space="${number}"][data-status="Free"]`).waitFor();
    await spaceForm.waitFor({ state: 'detached' });
  }

  // Someone else (the front desk, through the API) puts E1 under maintenance: the board turns without a reload.
  const token = await staffToken('ktv-demo', 'frontdesk');
  const stores = await api(token, 'GET', '/api/admin/stores');
  const store = stores.find((s) => s.name === storeName);
  const spaces = await api(token, 'GET', `/api/admin/spaces?storeId=${store.id}`);
  const e1 = spaces.find((s) => s.number === 'E1');
  await api(token, 'POST', `/api/admin/spaces/${e1.id}/status`, { status: 'Maintenance', reason: 'e2e' });
  await page.locator('[data-space="E1"][data-status="Maintenance"]').waitFor({ timeout: 10_000 });

  // And the owner changes E2 on the board itself.
  await page.locator('[data-space="E2"]').click();
  await page.locator('li[data-to="Cleaning"]').click();
  await page.locator('[data-space="E2"][data-status="Cleaning"]').waitFor();
  await page.waitForTimeout(400);
  await screenshot(page, 'spaces-board');
  const after = await api(token, 'GET', `/api/admin/spaces?storeId=${store.id}`);
  assert.equal(after.find((s) => s.number === 'E2').status, 'Cleaning');

  // Edit a space from the board.
  await page.locator('[data-space="E1"]').click();
  await page.locator('li[data-edit]').click();
  await page.getByTestId('space-form').locator('input[name=name]').fill('小包 E1 临窗');
  await page.getByRole('button', { name: '保存' }).click();
  await page.locator('[data-space="E1"]', { hasText: '小包 E1 临窗' }).waitFor();

  // The ordering QR codes of the new store: on screen, and as the host's printable PDF.
  await page.getByRole('link', { name: '点单二维码' }).click();
  await page.getByTestId('qr-sheet').locator('figure').nth(1).waitFor();
  await screenshot(page, 'qr-sheet');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('qr-pdf').click()]);
  assert.equal((await readFile(await download.path())).subarray(0, 5).toString(), '%PDF-');
});
