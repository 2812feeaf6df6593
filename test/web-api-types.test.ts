import openapiTS, { astToString } from 'openapi-typescript'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startServer, type TestServer } from './helpers/server.ts'

// The web app's API types are generated from the server's OpenAPI document and committed; this fails when a route
// changed without them. Regenerate with `npx vitest run test/web-api-types.test.ts -u`.
let t: TestServer
beforeAll(async () => {
  t = await startServer('pglite')
})
afterAll(() => t?.close())

it("web/src/api/schema.d.ts matches the server's OpenAPI document", async () => {
  const doc = (await t.client().get('/api/openapi.json')).body
  const types = `// Generated from /api/openapi.json by test/web-api-types.test.ts (run it with -u to update). Do not edit.\n\n${astToString(await openapiTS(doc))}`
  await expect(types).toMatchFileSnapshot('../web/src/api/schema.d.ts')
})
