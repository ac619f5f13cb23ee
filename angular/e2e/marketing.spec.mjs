import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, newPage, screenshot, signIn, unique } from './support.mjs';

after(closeBrowser);

test('a manager creates a coupon template and a spend-discount activity, and both are listed as the API answers them', async () => {
  const page = await newPage();
  await signIn(page, { tenant: 'ktv-demo', user: 'manager', path: 'coupons' });
  await page.getByTestId('coupon-templates').waitFor();

  const coupon = `满80减8-${unique()}`;
  await page.getByTestId('create-template').click();
  const form = page.getByTestId('template-form');
  await form.getByTestId('template-name').fill(coupon);
  const off = form.getByTestId('template-off').locator('input');
  await off.fill('8');
  await off.press('Tab');
  const min = form.getByTestId('template-min').locator('input');
  await min.fill('80');
  await min.press('Tab');
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await form.waitFor({ state: 'detached' });
  const row = page.locator(`[data-testid=template][data-name="${coupon}"]`);
  await row.waitFor();
  assert.match(await row.getByTestId('benefit').innerText(), /满 80\.00 减 8\.00/);
  assert.equal(await row.getAttribute('data-status'), 'Active');
  await screenshot(page, 'coupon-templates');

  await page.goto(page.url().replace(/coupons.*$/, 'activities'));
  await page.getByTestId('activities').waitFor();
  const activity = `周末满减-${unique()}`;
  await page.getByTestId('create-activity').click();
  const aform = page.getByTestId('activity-form');
  await aform.getByTestId('activity-name').fill(activity);
  await aform.getByTestId('activity-kind').click();
  await page.locator('.ant-select-item-option', { hasText: '满减' }).click();
  const tierMin = aform.getByTestId('tier-min').locator('input');
  await tierMin.fill('200');
  await tierMin.press('Tab');
  const tierOff = aform.getByTestId('tier-off').locator('input');
  await tierOff.fill('30');
  await tierOff.press('Tab');
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await aform.waitFor({ state: 'detached' });
  const arow = page.locator(`[data-testid=activity][data-name="${activity}"]`);
  await arow.waitFor();
  assert.match(await arow.getByTestId('content').innerText(), /满 200\.00 减 30\.00/);
  await arow.getByTestId('report').click();
  await page.getByTestId('activity-report').waitFor();
  assert.equal(await page.getByTestId('report-orders').innerText(), '0');
  await screenshot(page, 'activities');
});
