import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, newPage, screenshot, signIn, unique } from './support.mjs';

after(closeBrowser);

test('an operator without the create permission sees the tenants but no create button', async () => {
  const page = await newPage();
  await signIn(page, { user: 'operator', path: 'tenants' });
  await page.getByTestId('tenants-table').locator('tr[data-tenant="ktv-demo"]').waitFor();
  assert.equal(await page.getByTestId('create-tenant').count(), 0);
  await page.context().close();
});

test('the platform admin creates a tenant with its admin user, and that admin signs in to it', async () => {
  const page = await newPage();
  await signIn(page, { user: 'admin', path: 'tenants' });
  await page.getByTestId('tenants-table').locator('tr[data-tenant="ktv-demo"]').waitFor();
  await page.waitForTimeout(300); // the table's fade-in
  await screenshot(page, 'tenants');

  const name = `e2e-${unique()}`;
  await page.getByTestId('create-tenant').click();
  const form = page.getByTestId('tenant-form');
  await form.locator('input[name=name]').fill(name);
  await form.locator('input[name=displayName]').fill('端到端茶馆');
  await form.locator('input[name=contactName]').fill('张三');
  await form.getByTestId('tenant-categories').click();
  await page.locator('nz-option-item', { hasText: '茶楼' }).click();
  await page.keyboard.press('Escape');
  await form.locator('input[name=adminUserName]').fill('boss');
  await form.locator('input[name=adminPassword]').fill('LocalLife2026');
  await screenshot(page, 'tenant-create');
  await page.getByRole('button', { name: '保存' }).click();

  const row = page.locator(`tr[data-tenant="${name}"]`);
  await row.waitFor();
  assert.match(await row.innerText(), /端到端茶馆/);
  assert.match(await row.innerText(), /茶楼/);

  const merchant = await newPage();
  await signIn(merchant, { tenant: name, user: 'boss' });
  assert.equal(await merchant.getByTestId('tenant-name').innerText(), name);
});
