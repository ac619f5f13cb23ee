// The mini-program build is checked for its structure (no WeChat DevTools here): dist/weapp has app.json, and every
// page app.json lists has its .js, .json and template. Prints one line per check and "weapp: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dist = process.argv[2] ?? 'dist/weapp'
let passed = 0
let failed = 0
const check = (name, ok, detail = '') => {
  ok ? passed++ : failed++
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : ` ${detail}`}`)
}

const appJson = join(dist, 'app.json')
let app = null
try {
  app = JSON.parse(readFileSync(appJson, 'utf8'))
} catch (e) {
  check('app.json', false, String(e))
}
if (app) {
  const missing = ['app.js', 'app.wxss'].filter((f) => !existsSync(join(dist, f)))
  check('app.json (with app.js, app.wxss)', Array.isArray(app.pages) && app.pages.length > 0 && missing.length === 0, `missing ${missing.join(', ')}`)
  for (const page of app.pages) {
    const files = ['.js', '.json', '.wxml'].map((ext) => page + ext)
    const absent = files.filter((f) => !existsSync(join(dist, f)))
    check(`page ${page}`, absent.length === 0, `missing ${absent.join(', ')}`)
  }
  for (const tab of app.tabBar?.list ?? []) {
    const icons = [tab.iconPath, tab.selectedIconPath].filter(Boolean).filter((f) => !existsSync(join(dist, f)))
    check(`tab ${tab.pagePath} (a page, with its icons)`, app.pages.includes(tab.pagePath) && icons.length === 0, `missing ${icons.join(', ')}`)
  }
}
console.log(`weapp: ${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
