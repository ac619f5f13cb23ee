// Component tests run in a real browser: Debian's Chromium through Playwright (never a downloaded browser).
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

export default defineConfig({
  test: {
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          chromiumSandbox: false,
          args: ['--disable-gpu', '--disable-quic'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
