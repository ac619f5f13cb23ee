import { defineConfig } from 'vitest/config'

// Unit tests of the state, API and protocol code (no Taro runtime, no DOM): plain Node.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
  },
})
