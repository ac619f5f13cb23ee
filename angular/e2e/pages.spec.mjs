import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, test } from 'node:test';
import { closeBrowser, newPage, screenshot, signIn } from './support.mjs';

after(closeBrowser);

/** Opens each menu entry in turn: the page renders its card, no API call fails, and a screenshot is written. */
async function visitMenu(page, entries) {
  const failures = [];
  page.on('response', (r) => { if (r.url().includes('/api/') && r.status() >= 400) failures.push(`${r.status()} ${r.url()}`); });
  for (const [menuText, shot] of entries) {
    await page.locator('.side-menu li', { hasText: menuText }).click();
    await page.locator('nz-card .ant-card-head-title').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000); // fades and chart animations
    await screenshot(page, shot);
  }
  assert.deepEqual(failures, []);
}

test('a platform admin sees the platform menu and each page loads', async () => {
  const page = await newPage();
  await signIn(page, { user: 'admin' });
  const menu = await page.locator('.side-menu li').allInnerTexts();
  assert.deepEqual(menu.map((t) => t.trim()), ['平台看板', '商户管理', '业态类目', '积分规则与会员等级', '评价审核']);
  await visitMenu(page, [['平台看板', 'platform-dashboard'], ['业态类目', 'categories'], ['积分规则与会员等级', 'loyalty-settings'], ['评价审核', 'review-moderation-admin']]);
});

test('the owner sees the merchant menu, each page loads, and the UI switches to English', async () => {
  const page = await newPage();
  await signIn(page, { tenant: 'cafe-demo', user: 'owner' });
  await visitMenu(page, [['经营看板', 'dashboard'], ['菜单与库存', 'menu'], ['员工与角色', 'staff'], ['返积分规则', 'rebate-rules'], ['支付与退款', 'payments'], ['顾客评价', 'reviews']]);
  // The sales behind the chart download as CSV.
  await page.locator('.side-menu li', { hasText: '经营看板' }).click();
  await page.getByTestId('sales-chart').waitFor(); // the store's bookings and orders are in
  await page.getByTestId('period').getByText('近 12 周').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  assert.match(download.suggestedFilename(), /-week\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  assert.match(csv.split('\r\n')[0], /时间,包间消费,点单/);
  assert.ok([13, 14].includes(csv.split('\r\n').length)); // a header, then 12 weeks (13 when the range starts mid-week)

  await page.getByTestId('lang').getByText('EN').click();
  await page.locator('.side-menu li', { hasText: 'Staff & roles' }).waitFor();
  await page.locator('nz-card .ant-card-head-title', { hasText: 'Sales (yuan)' }).waitFor();
});

test('a waiter sees only the pages of its permissions', async () => {
  const page = await newPage();
  await signIn(page, { tenant: 'cafe-demo', user: 'waiter' });
  const menu = (await page.locator('.side-menu li').allInnerTexts()).map((t) => t.trim());
  assert.ok(menu.includes('包间状态'));
  assert.ok(!menu.includes('员工与角色') && !menu.includes('支付与退款'));
  await page.goto(page.url().replace(/\/admin\/.*/, '/admin/staff'));
  await page.locator('nz-result').getByText('没有访问此页面的权限').waitFor();
});
