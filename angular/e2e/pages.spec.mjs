import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, test } from 'node:test';
import { crc32, deflateSync } from 'node:zlib';
import { api, baseUrl, closeBrowser, newPage, screenshot, signIn, staffToken, unique } from './support.mjs';

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
  assert.deepEqual(menu.map((t) => t.trim()), ['平台看板', '商户管理', '业态类目', '积分规则与会员等级', '平台优惠券', '平台对账', '集成事件', '评价审核']);
  await visitMenu(page, [['平台看板', 'platform-dashboard'], ['业态类目', 'categories'], ['积分规则与会员等级', 'loyalty-settings'],
    ['平台优惠券', 'coupon-templates'], ['平台对账', 'host-payments'], ['集成事件', 'events'], ['评价审核', 'review-moderation-admin']]);
});

test('the owner sees the merchant menu, each page loads, and the UI switches to English', async () => {
  const page = await newPage();
  await signIn(page, { tenant: 'cafe-demo', user: 'owner' });
  await visitMenu(page, [['经营看板', 'dashboard'], ['菜单与库存', 'menu'], ['商品分类', 'product-categories'], ['传菜总览', 'dispatch-overview'],
    ['员工与角色', 'staff'], ['返积分规则', 'rebate-rules'], ['优惠券', 'coupon-templates'], ['限时活动', 'activities'], ['支付与退款', 'payments'], ['每日对账', 'reconciliation'], ['顾客评价', 'reviews']]);
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
  await page.getByTestId('create-product').click();
  await page.locator('.ant-drawer [data-testid=product-category]').click();
  await page.locator('nz-option-item', { hasText: name }).click();
  await page.getByTestId('product-name').fill(`${name}特调`);
  await page.getByTestId('save-product').click();
  const product = page.locator(`[data-product="${name}特调"]`);
  await product.waitFor();
  assert.match(await product.innerText(), new RegExp(name));
});

/** A real 4×4 PNG (orange), built here so the upload carries a picture the API's sniffing accepts. */
function smallPng() {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const rows = Buffer.from(Array.from({ length: 4 }, () => [0, ...Array.from({ length: 4 }, () => [255, 128, 0]).flat()]).flat()); // filter 0, 4 pixels
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

test('a manager uploads a photo, creates a product with a member price and a spec group, edits its price; customers see the photo', async () => {
  const page = await newPage();
  await signIn(page, { tenant: 'cafe-demo', user: 'manager' });
  await page.locator('.side-menu li', { hasText: '菜单与库存' }).click();
  await page.getByTestId('products').waitFor();
  await page.waitForLoadState('networkidle');
  const name = `照片特调${unique().slice(-5)}`;
  await page.getByTestId('create-product').click();
  await page.getByTestId('product-name').fill(name);
  await page.getByTestId('product-price').locator('input').fill('28');
  await page.getByTestId('member-price').locator('input').fill('25');
  const [uploaded] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/admin/media/images') && r.request().method() === 'POST'),
    page.getByTestId('photo-input').setInputFiles({ name: 'drink.png', mimeType: 'image/png', buffer: smallPng() }),
  ]);
  assert.equal(uploaded.status(), 201);
  const { url } = await uploaded.json();
  await page.locator('[data-testid=photo] img').waitFor();
  await page.getByTestId('add-group').click();
  await page.getByTestId('group-name').fill('杯型');
  await page.getByTestId('option-name').fill('中杯');
  await page.getByTestId('add-option').click();
  await page.getByTestId('option-name').nth(1).fill('大杯');
  await page.getByTestId('option-delta').nth(1).locator('input').fill('4');
  await page.getByTestId('save-product').click();
  const row = page.locator(`[data-product="${name}"]`);
  await row.waitFor();
  assert.equal(await row.getByTestId('cover').getAttribute('src'), url); // the upload's own same-host address
  await page.waitForFunction((sel) => document.querySelector(sel)?.complete && document.querySelector(sel).naturalWidth === 4,
    `[data-product="${name}"] [data-testid=cover]`);

  await row.getByTestId('edit-product').click();
  await page.getByTestId('product-price').locator('input').fill('30');
  await page.getByTestId('save-product').click();
  await row.getByText('¥30.00').waitFor();
  await screenshot(page, 'menu-product-with-photo');

  // The customer menu carries the photo, the prices and the spec group; the photo loads without a login.
  const manager = await staffToken('cafe-demo', 'manager');
  const [store] = await api(manager, 'GET', '/api/admin/stores');
  const menu = await (await fetch(`${baseUrl}/api/app/menu/stores/${store.id}`)).json();
  const product = menu.categories.flatMap((c) => c.products).find((p) => p.name === name);
  assert.ok(product, 'the product is on the customer menu');
  assert.equal(product.priceFen, 3000);
  assert.equal(product.memberPriceFen, 2500);
  assert.deepEqual(product.specs.map((g) => [g.name, g.options.map((o) => [o.name, o.deltaFen])]), [['杯型', [['中杯', 0], ['大杯', 400]]]]);
  assert.equal(new URL(product.images[0], baseUrl).pathname, url);
  const image = await fetch(new URL(product.images[0], baseUrl));
  assert.equal(image.status, 200);
  assert.equal(image.headers.get('content-type'), 'image/png');
  assert.deepEqual(Buffer.from(await image.arrayBuffer()), smallPng());
});
