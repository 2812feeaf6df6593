import { Type } from '@sinclair/typebox'
import { migrationStatus } from '../db/migrate.ts'
import type { AppContext } from '../services.ts'
import type { App } from './types.ts'

export function healthRoutes(app: App, { services, version }: AppContext) {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Whether the server and its database answer',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            database: Type.Union([Type.Literal('pglite'), Type.Literal('postgresql')]),
            version: Type.String(),
            migrations: Type.Object({ applied: Type.Integer(), latest: Type.Union([Type.String(), Type.Null()]) }),
          }),
        },
      },
    },
    async () => ({ status: 'ok' as const, database: services.db.kind, version, migrations: await migrationStatus(services.db) }),
  )
}
