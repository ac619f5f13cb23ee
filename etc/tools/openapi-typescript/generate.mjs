// The API's TypeScript types from the committed OpenAPI document (etc/openapi/v1.json), for both front ends:
//   node etc/tools/openapi-typescript/generate.mjs OUT.ts
// Every schema is exported under its own name (BookingDto, OrderStatus, ProblemDetails…), with `paths` for typed
// routes. The file is written only when it changes, so watch builds do not rebuild for nothing.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const out = process.argv[2]
if (!out) throw new Error('usage: node generate.mjs OUT.ts')
const document = resolve(dirname(fileURLToPath(import.meta.url)), '../../openapi/v1.json')

const ast = await openapiTS(pathToFileURL(document), { rootTypes: true, rootTypesNoSchemaPrefix: true })
const text = `// Generated from etc/openapi/v1.json by etc/tools/openapi-typescript (openapi-typescript): do not edit.
// After an API change run etc/scripts/openapi.sh; every build and test of the front ends regenerates this file.
${astToString(ast)}`
if (!existsSync(out) || readFileSync(out, 'utf8') !== text) {
  mkdirSync(dirname(resolve(out)), { recursive: true })
  writeFileSync(out, text)
}
