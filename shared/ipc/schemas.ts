/**
 * Runtime schemas for every request. This map is also the run-time method
 * list: `satisfies` makes the compiler refuse a service method without a
 * schema, and `test/shared/ipc/methods.test-d` style checks prove the reverse.
 */
import { z } from 'zod'
import type { MainServices, RequestOf } from './contract'

const empty = z.object({}).strict()
const password = z.string().min(1).max(256)
const account = z.string().min(1).max(64)
/** Backup file names; main's backup service names files by the same pattern. */
export const BACKUP_NAME_PATTERN = /^backup-\d{8}-\d{6}(-\d+)?\.json$/
const backupName = z.string().regex(BACKUP_NAME_PATTERN)

type SchemaMap = {
  [S in keyof MainServices]: {
    [M in keyof MainServices[S] & string]: z.ZodType<RequestOf<S, M>>
  }
}

export const requestSchemas = {
  app: { info: empty },
  auth: {
    hashPassword: z.object({ password }).strict(),
    verifyPassword: z.object({ account, password, hash: z.string().min(1).max(1024) }).strict(),
    unlock: z.object({ account }).strict(),
  },
  backup: {
    write: z.object({ content: z.string().min(2), reason: z.enum(['auto', 'manual']) }).strict(),
    list: empty,
    read: z.object({ name: backupName }).strict(),
  },
} satisfies SchemaMap
