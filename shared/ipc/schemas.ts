/**
 * Runtime schemas for every request. `satisfies` makes the compiler refuse a
 * service method without a schema; test/shared/ipc/channels.test.ts checks
 * that the preload, ipcMain and the test host name exactly these channels, and
 * requestSchemas.test.ts that each refuses what no caller should send.
 */
import { archiveRequestSchemas } from '../archive/archiveRequests'
import { documentModelSchema, documentPathSchema } from '../documents/documentSchema'
import { z } from 'zod'
import type { MainServices, RequestOf } from './contract'
import { shareRequestSchemas } from './shareSchemas'

const empty = z.object({}).strict()
const password = z.string().min(1).max(256)
const account = z.string().min(1).max(64)
/** Backup file names; main's backup service names files by the same pattern. */
export const BACKUP_NAME_PATTERN = /^backup-\d{8}-\d{6}(-\d+)?\.json$/
const backupName = z.string().regex(BACKUP_NAME_PATTERN)

/** The largest attachment the store accepts (the service refuses anything bigger with attachments.tooLarge). */
export const ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024
/**
 * Longest base64 text a request may carry: a little over what 50 MB encodes to
 * (69,905,068 characters), so a file just over the limit still reaches the
 * service and gets a clear attachments.tooLarge rather than a bad request.
 */
export const BASE64_MAX_CHARS = 70 * 1024 * 1024
/** Lower-case hex SHA-256, the name of a stored attachment. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/
/** How many rows spreadsheet.read returns at most, and spreadsheet.write takes per sheet. */
export const SPREADSHEET_MAX_ROWS = 200_000
/**
 * A bare .xlsx file name: no folders, none of the characters Windows refuses
 * in a name, no control characters.
 */
// eslint-disable-next-line no-control-regex
export const XLSX_FILE_NAME_PATTERN = /^[^/\\:*?"<>|\u0000-\u001f]+\.xlsx$/
export const XLSX_FILE_NAME_MAX_CHARS = 120
/**
 * Also capped in UTF-8 bytes: Linux allows 255 bytes per name, and the
 * numbered suffix and the temp name of an atomic write need room on top
 * (120 Chinese characters would be 360 bytes).
 */
export const XLSX_FILE_NAME_MAX_BYTES = 200
/** Names Windows reserves for devices, with any extension. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i

const base64 = z.base64().max(BASE64_MAX_CHARS)
const sha256 = z.string().regex(SHA256_PATTERN)
const xlsxFileName = z
  .string()
  .max(XLSX_FILE_NAME_MAX_CHARS)
  .regex(XLSX_FILE_NAME_PATTERN)
  .refine((name) => new TextEncoder().encode(name).length <= XLSX_FILE_NAME_MAX_BYTES, 'too many bytes')
  .refine((name) => !WINDOWS_DEVICE_NAME.test(name), 'reserved name')

/** Excel's own rules for a worksheet name: 1-31 characters, none of [ ] : * ? / \, no leading or trailing apostrophe. */
const sheetName = z
  .string()
  .min(1)
  .max(31)
  .regex(/^[^[\]:*?/\\]+$/)
  .refine((name) => !name.startsWith("'") && !name.endsWith("'"), 'apostrophe')
  .refine((name) => name.toLowerCase() !== 'history', 'reserved name')
const cellValue = z.union([z.string().max(32_767), z.number(), z.boolean(), z.null()])
const sheetColumn = z
  .object({
    header: z.string().max(255),
    // Excel's widest column is 255 characters; main clamps wider ones to that.
    width: z.number().positive().max(10_000),
    format: z.enum(['text', 'int', 'money', 'percent', 'date', 'bool']),
  })
  .strict()
const sheetModel = z
  .object({
    name: sheetName,
    title: z.string().max(500),
    subtitle: z.string().max(500),
    columns: z.array(sheetColumn).min(1).max(500),
    rows: z.array(z.array(cellValue)).max(SPREADSHEET_MAX_ROWS),
  })
  .strict()
  .superRefine((sheet, ctx) => {
    // A row may be shorter than the header (missing cells stay empty), never longer.
    const i = sheet.rows.findIndex((row) => row.length > sheet.columns.length)
    if (i >= 0) ctx.addIssue({ code: 'custom', path: ['rows', i], message: 'more cells than columns' })
  })
const workbookModel = z
  .object({
    fileName: xlsxFileName,
    sheets: z.array(sheetModel).min(1).max(50),
    yes: z.string().min(1).max(20),
    no: z.string().min(1).max(20),
  })
  .strict()
  .superRefine((book, ctx) => {
    // Excel compares sheet names without regard to case.
    const seen = new Set<string>()
    book.sheets.forEach((sheet, i) => {
      const key = sheet.name.toLowerCase()
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['sheets', i, 'name'], message: 'duplicate' })
      seen.add(key)
    })
  })

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
  attachments: {
    put: z.object({ fileName: z.string().min(1).max(255), dataBase64: base64 }).strict(),
    read: z.object({ sha256 }).strict(),
    has: z.object({ sha256s: z.array(sha256).max(10_000) }).strict(),
  },
  spreadsheet: {
    write: workbookModel,
    read: z.object({ dataBase64: base64 }).strict(),
  },
  documents: {
    preview: z.object({ model: documentModelSchema }).strict(),
    save: z.object({ model: documentModelSchema }).strict(),
    open: z.object({ path: documentPathSchema }).strict(),
    print: z.object({ path: documentPathSchema }).strict(),
  },
  archive: archiveRequestSchemas(workbookModel),
  share: shareRequestSchemas,
} satisfies SchemaMap
