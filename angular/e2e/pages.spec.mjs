import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, test } from 'node:test';
import { closeBrowser, newPage, screenshot, signIn, unique } from './support.mjs';

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
  assert.deepEqual(menu.map((t) => t.trim()), ['平台看板', '商户管理', '业态类目', '积分规则与会员等级', '平台对账', '集成事件']);
  await visitMenu(page, [['平台看板', 'platform-dashboard'], ['业态类目', 'categories'], ['积分规则与会员等级', 'loyalty-settings'],
    ['平台对账', 'host-payments'], ['集成事件', 'events']]);
});

test('the owner sees the merchant menu, each page loads, and the UI switches to English', async () => {
  const page = await newPage();
  await signIn(page, { tenant: 'cafe-demo', user: 'owner' });
  await visitMenu(page, [['经营看板', 'dashboard'], ['菜单与库存', 'menu'], ['商品分类', 'product-categories'], ['传菜总览', 'dispatch-overview'],
    ['员工与角色', 'staff'], ['返积分规则', 'rebate-rules'], ['支付与退款', 'payments'], ['每日对账', 'reconciliation']]);
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

test('a manager creates a product category, moves it up, and files a new product under it on the menu page', async () => {
  const page = await newPage();
  await signIn(page, { tenant: 'cafe-demo', user: 'manager' });
  await page.locator('.side-menu li', { hasText: '商品分类' }).click();
  await page.getByTestId('product-categories').waitFor();
  await page.waitForLoadState('networkidle');
  const code = `e2e-${unique()}`;
  const name = `季节限定${code.slice(-4)}`;
  await page.getByTestId('create-category').click();
  await page.getByTestId('category-code').fill(code);
  await page.getByTestId('category-name-zh').fill(name);
  await page.getByTestId('category-name-en').fill('Seasonal');
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  const row = page.locator(`[data-testid=product-category][data-code="${code}"]`);
  await row.waitFor();
  const codes = () => page.locator('[data-testid=product-category]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
  const before = await codes();
  assert.equal(before.at(-1), code); // a new category goes last
  if (before.length > 1) {
    await row.getByTestId('up').click();
    await page.waitForFunction((c) => {
      const rows = [...document.querySelectorAll('[data-testid=product-category]')].map((r) => r.getAttribute('data-code'));
      return rows.indexOf(c) === rows.length - 2;
    }, code);
  }
  await screenshot(page, 'product-categories-created');

  await page.locator('.side-menu li', { hasText: '菜单与库存' }).click();
  await page.getByTestId('products').waitFor();
  await page.getByRole('button', { name: '新建商品' }).click();
  await page.locator('.ant-modal nz-select[formcontrolname=categoryId]').click();
  await page.locator('nz-option-item', { hasText: name }).click();
  await page.locator('.ant-modal input[formcontrolname=name]').fill(`${name}特调`);
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  const product = page.locator(`[data-product="${name}特调"]`);
  await product.waitFor();
  assert.match(await product.innerText(), new RegExp(name));
});
