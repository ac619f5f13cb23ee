// Shared by the end-to-end specs: the browser (Debian Chromium through playwright-core, a phone-sized viewport),
// the host under test, and the API calls a test makes as someone else (admin, merchant staff) to set the scene.
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const BASE = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5102'
const screenshots = join(dirname(fileURLToPath(import.meta.url)), 'screenshots')
mkdirSync(screenshots, { recursive: true })

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-dev-shm-usage'],
  })
}

/** A phone (iPhone 12-sized) signed in as the simulator's customer `code`, located near the demo KTV in Beijing. */
export async function phone(browser, code) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    geolocation: { latitude: 39.91, longitude: 116.46 },
    permissions: ['geolocation'],
  })
  await context.addInitScript((c) => window.localStorage.setItem('locallife.simCode', c), code)
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.errors = errors
  return page
}

export async function shot(page, name) {
  await page.waitForTimeout(400) // Taro's page slide-in
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true })
}

async function token(fields) {
  const response = await fetch(`${BASE}/connect/token`, { method: 'POST', body: new URLSearchParams(fields) })
  if (!response.ok) throw new Error(`token ${response.status}: ${await response.text()}`)
  return (await response.json()).access_token
}

export const customerToken = (code) =>
  token({ grant_type: 'urn:locallife:wechat_miniprogram', client_id: 'locallife-miniprogram', code, scope: 'offline_access profile locallife.api' })

export const staffToken = (tenant, username) =>
  token({ grant_type: 'password', client_id: 'locallife-console', tenant: tenant ?? '', username, password: 'LocalLife2026', scope: 'profile roles locallife.api' })

export const subject = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()).sub

export async function api(bearer, method, path, body) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', 'Accept-Language': 'zh-Hans' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`)
  return text ? JSON.parse(text) : undefined
}

/** A customer of the simulator with `points` points (the platform admin adjusts them), and its id. */
export async function customerWithPoints(code, points) {
  const customer = await customerToken(code)
  const id = subject(customer)
  const admin = await staffToken(null, 'admin')
  await api(admin, 'POST', '/api/host/loyalty/adjustments', { customerId: id, delta: points, note: 'e2e', idempotencyKey: `e2e-${code}` })
  return { token: customer, id }
}

export const uniqueCode = (name) => `sim-e2e-${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
