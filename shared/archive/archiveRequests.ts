/**
 * Request schemas of the archive service. A factory, because the workbook
 * schema lives in shared/ipc/schemas.ts, which registers these: taking it as
 * an argument avoids an import cycle and a second copy of Excel's rules.
 */
import { z } from 'zod'
import type { ArchiveService } from '../ipc/archiveContract'
import type { WorkbookModel } from '../spreadsheet/sheetModel'
import { archiveSchedules } from './archiveSchedule'
import { ARCHIVE_NAME_PATTERN } from './archiveName'

type Req<F> = F extends (req: infer R) => Promise<unknown> ? R : never
type ArchiveSchemas = { [M in keyof ArchiveService]: z.ZodType<Req<ArchiveService[M]>> }

/** The most generations one may keep: a monthly archive for ten years. */
export const ARCHIVE_KEEP_MAX = 120
/** Largest piece of the database export per request (characters). */
export const ARCHIVE_CHUNK_MAX_CHARS = 16 * 1024 * 1024

export function archiveRequestSchemas(
  workbook: z.ZodType<WorkbookModel & { yes: string; no: string }>,
): ArchiveSchemas {
  const empty = z.object({}).strict()
  const jobId = z.string().regex(/^[0-9a-f]{16}$/)
  const name = z.string().regex(ARCHIVE_NAME_PATTERN)
  const settings = z
    .object({
      folder: z.string().trim().min(1).max(400),
      keep: z.number().int().min(1).max(ARCHIVE_KEEP_MAX),
      schedule: z.enum(archiveSchedules as ['monthly', 'weekly', 'manual']),
    })
    .strict()
  const tableName = z.string().min(1).max(64)
  return {
    settings: empty,
    saveSettings: settings,
    begin: z
      .object({
        deviceId: z.string().max(100),
        schemaVersion: z.number().int().nonnegative(),
        counts: z.record(tableName, z.number().int().nonnegative()),
        tableHashes: z.record(tableName, z.string().regex(/^[0-9a-f]{64}$/)),
      })
      .strict(),
    appendRecords: z.object({ jobId, text: z.string().min(1).max(ARCHIVE_CHUNK_MAX_CHARS) }).strict(),
    addWorkbook: z.object({ jobId, workbook }).strict(),
    finish: z.object({ jobId }).strict(),
    cancel: z.object({ jobId }).strict(),
    progress: z.object({ jobId }).strict(),
    list: empty,
    verify: z.object({ name }).strict(),
    open: z.object({ name }).strict(),
    openFile: z.object({ name, path: z.string().min(1).max(1000) }).strict(),
    readRecords: z.object({ name, offset: z.number().int().nonnegative() }).strict(),
    restoreFiles: z.object({ name }).strict(),
  }
}
