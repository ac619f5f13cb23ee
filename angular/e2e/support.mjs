// Shared helpers of the end-to-end specs: a Chromium page on the real host, sign-in through the host's
// OpenIddict page, API calls for arranging data, and screenshots of the main pages.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5101';
export const password = 'LocalLife2026';
const screenshots = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(screenshots, { recursive: true });

let browser;
export async function openBrowser() {
  browser ??= await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromiumSandbox: false,
    args: ['--disable-gpu', '--disable-quic', '--autoplay-policy=no-user-gesture-required'],
  });
  return browser;
}

export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

/** A fresh browser context (own cookies and storage), the UI in Chinese unless told. */
export async function newPage({ viewport = { width: 1366, height: 860 }, lang = 'zh-CN' } = {}) {
  const context = await (await openBrowser()).newContext({ viewport, locale: lang });
  if (lang === 'en') await context.addInitScript(() => localStorage.setItem('locallife.admin.lang', 'en'));
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => console.error('[page error]', error.message));
  return page;
}

/** Opens the admin, follows the redirect to the host's sign-in page and signs in; back in the admin shell. */
export async function signIn(page, { tenant = '', user, path = '' }) {
  await page.goto(`${baseUrl}/admin/${path}`);
  await page.waitForURL(/\/account\/login/);
  await page.fill('#tenant', tenant);
  await page.fill('#username', user);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(`${baseUrl}/admin/**`), page.click('button[type=submit]')]);
  await page.getByTestId('user-name').waitFor();
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/** A staff or operator token by the password grant (enabled in the Demo environment), for arranging data. */
export async function staffToken(tenant, user) {
  const body = new URLSearchParams({ grant_type: 'password', client_id: 'locallife-console', username: user, password, scope: 'profile roles locallife.api' });
  if (tenant) body.set('tenant', tenant);
  const res = await fetch(`${baseUrl}/connect/token`, { method: 'POST', body });
  if (!res.ok) throw new Error(`token for ${tenant}/${user}: ${res.status} ${await res.text()}`);
  return (await res.json()).access_token;
}

/** JSON call to the API with a bearer token; throws with the problem details on failure. */
export async function api(token, method, path, body) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'en' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** A customer signs in through the WeChat simulator (Demo environment), as the mini-program does. */
export async function customerToken() {
  const body = new URLSearchParams({ grant_type: 'urn:locallife:wechat_miniprogram', client_id: 'locallife-miniprogram', code: `sim-e2e-${unique()}`, scope: 'profile locallife.api' });
  const res = await fetch(`${baseUrl}/connect/token`, { method: 'POST', body });
  if (!res.ok) throw new Error(`customer token: ${res.status} ${await res.text()}`);
  return (await res.json()).access_token;
}

/** Tomorrow 20:00 in Shanghai, inside the demo stores' hours. */
export function tomorrowEvening() {
  const shanghai = new Date(Date.now() + 8 * 3600_000);
  const day = new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth(), shanghai.getUTCDate() + 1, 12));
  return day.toISOString();
}

/** The simulator plays the customer confirming a WeChat payment; the host then gets the signed notification. */
export async function payInSimulator(outTradeNo) {
  const res = await fetch(`${baseUrl}/wechat-sim/sim/pay/${outTradeNo}`, { method: 'POST' });
  if (!res.ok) throw new Error(`simulated payment: ${res.status} ${await res.text()}`);
}

export const unique = () => Date.now().toString(36) + Math.floor(Math.random() * 1e4).toString(36);

/** The first store of a demo tenant, its first space with the QR token, and its menu, as the manager sees them. */
export async function demoStore(tenant) {
  const manager = await staffToken(tenant, 'manager');
  const [store] = await api(manager, 'GET', '/api/admin/stores');
  const [space] = await api(manager, 'GET', `/api/admin/spaces?storeId=${store.id}`);
  const qr = await api(manager, 'GET', `/api/admin/spaces/${space.id}/qr`);
  const products = await api(manager, 'GET', `/api/admin/menu/products?storeId=${store.id}`);
  const orderable = (station) => products.find((p) => p.status === 'OnSale' && !p.combo && p.specs.every((g) => !g.required) && (!station || p.station === station));
  return { store, space, qrToken: new URL(qr.url).searchParams.get('t'), orderable };
}

/** A customer scans the space's QR code, orders the lines ({ productId, quantity }) and pays: the order is then Paid. */
export async function orderAndPay(space, qrToken, lines) {
  const customer = await customerToken();
  for (const line of lines) await api(customer, 'POST', `/api/app/carts/${space.id}/lines`, line);
  const placed = await api(customer, 'POST', '/api/app/orders', { spaceId: space.id, qrToken });
  const payment = await api(customer, 'GET', `/api/app/payments/${placed.order.paymentId}`);
  await payInSimulator(payment.outTradeNo);
  return { customer, order: placed.order };
}
