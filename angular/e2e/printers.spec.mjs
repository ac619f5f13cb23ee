import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, test } from 'node:test';
import { closeBrowser, newPage, screenshot, signIn, unique } from './support.mjs';

after(closeBrowser);

/** A stand-in network printer: a TCP server on 127.0.0.1 collecting what the host sends (raw port 9100 style). */
async function fakePrinter() {
  const received = [];
  const sockets = new Set();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk) => received.push(chunk)).on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, bytes: () => Buffer.concat(received), close: () => { sockets.forEach((s) => s.destroy()); return new Promise((resolve) => server.close(resolve)); } };
}

/** A port on 127.0.0.1 where nothing listens: bound, then released. */
async function deadPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function addPrinter(page, name, port, kind) {
  await page.getByTestId('add-printer').click();
  const form = page.getByTestId('printer-form');
  await form.getByTestId('printer-name').fill(name);
  if (kind) {
    await form.getByTestId('printer-kind').click();
    await page.locator('.ant-select-item-option', { hasText: kind }).click();
    await form.getByTestId('printer-station').waitFor({ state: 'detached' });
  }
  await form.getByTestId('printer-host').fill('127.0.0.1');
  const portInput = form.getByTestId('printer-port').locator('input');
  await portInput.fill(String(port));
  await portInput.press('Tab');
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await form.waitFor({ state: 'detached' });
  const row = page.locator(`[data-testid=printer][data-name="${name}"]`);
  await row.waitFor();
  return row;
}

test('a manager adds network printers: a test page reaches a listening printer (OK), an unreachable one shows the error state', async () => {
  const printer = await fakePrinter();
  try {
    const page = await newPage();
    await signIn(page, { tenant: 'ktv-demo', user: 'manager', path: 'printers' });
    await page.getByTestId('printers').waitFor();

    // A printer that listens: the test page arrives as ESC/POS bytes and the printer stays OK.
    const ok = await addPrinter(page, `吧台打印机-${unique()}`, printer.port);
    assert.match(await ok.innerText(), new RegExp(`127\\.0\\.0\\.1:${printer.port}`));
    await ok.getByTestId('test').click();
    await ok.locator('[data-testid=test-result][data-ok=true]').waitFor();
    assert.match(await ok.getByTestId('test-result').innerText(), /测试页已打印/);
    assert.equal(await ok.getAttribute('data-state'), 'Ok');
    assert.equal(await ok.getByTestId('state').innerText(), '正常');
    for (let i = 0; i < 50 && printer.bytes().length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    const bytes = printer.bytes();
    assert.ok(bytes.length > 10, `the printer received ${bytes.length} bytes`);
    assert.deepEqual([...bytes.subarray(0, 2)], [0x1b, 0x40]); // ESC @ (initialize)
    assert.deepEqual([...bytes.subarray(-4)], [0x1d, 0x56, 66, 0]); // GS V: feed and cut

    // Nothing listens on this port: the test print fails with the API's message and the printer is in the error state.
    const dead = await addPrinter(page, `前台小票机-${unique()}`, await deadPort(), '小票');
    assert.match(await dead.innerText(), /小票/);
    await dead.getByTestId('test').click();
    await dead.locator('[data-testid=test-result][data-ok=false]').waitFor({ timeout: 20_000 });
    assert.match(await dead.getByTestId('test-result').innerText(), /无法连接打印机/);
    await page.locator('.problem-notification').getByText('无法连接打印机').first().waitFor();
    const failed = page.locator(`[data-testid=printer][data-name="${await dead.getAttribute('data-name')}"][data-state=Error]`);
    await failed.waitFor();
    assert.equal(await failed.getByTestId('state').innerText(), '故障');
    assert.ok((await failed.getByTestId('last-error').innerText()).trim().length > 0, 'the last error is shown');
    await screenshot(page, 'printers');
  } finally {
    await printer.close();
  }
});
