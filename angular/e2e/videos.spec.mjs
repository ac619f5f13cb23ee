import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { closeBrowser, newPage, screenshot, signIn } from './support.mjs';

after(closeBrowser);

test('a manager uploads a space video with progress and sees it processed until it plays', async () => {
  // A 3-second 720p clip, as a phone would record.
  const clip = join(mkdtempSync(join(tmpdir(), 'admin-e2e-')), 'room.mp4');
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=duration=3:size=1280x720:rate=25', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', clip]);

  const page = await newPage();
  await signIn(page, { tenant: 'teahouse-demo', user: 'manager', path: 'videos' });
  await page.getByTestId('store-select').locator('.ant-select-content-item, .ant-select-selection-item').first().waitFor();
  await page.getByTestId('video-file').setInputFiles(clip);
  await page.getByTestId('videos').locator('tr[data-status="Ready"]').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
  await screenshot(page, 'videos');
  assert.ok((await page.getByTestId('videos').locator('video').count()) >= 1);
});
