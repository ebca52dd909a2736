/**
 * The manifest of an archive package (`manifest.json` at its root): what the
 * package holds and what every file must hash to. Main writes it last, after
 * every other file is on disk, and every verification checks the package
 * against it. Paths are relative to the package and always use `/`.
 */
import { z } from 'zod'

export const ARCHIVE_FORMAT = 'commerce-desk-archive'
export const ARCHIVE_FORMAT_VERSION = 1
export const MANIFEST_FILE = 'manifest.json'
/** The dexie-export-import file of the whole database. */
export const RECORDS_FILE = 'records/database.json'
export const WORKBOOKS_DIR = 'workbooks'
/** Saved PDFs, as laid out in the documents store (`<type>/<YYYY-MM>/<number>.pdf`). */
export const DOCUMENTS_DIR = 'documents'
/** Scans, as laid out in the attachment store (`<2 hex>/<sha256>`). */
export const ATTACHMENTS_DIR = 'attachments'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const count = z.number().int().nonnegative()

export const archiveFileEntrySchema = z.object({
  path: z.string().min(1).max(1000),
  bytes: count,
  sha256,
})
export type ArchiveFileEntry = z.infer<typeof archiveFileEntrySchema>

export const archiveManifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  name: z.string().min(1).max(200),
  /** ISO time the export began. */
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().max(50),
  /** The PC that wrote the package. */
  deviceId: z.string().max(100),
  /** The record schema version of the database export (tables.ts SCHEMA_VERSION). */
  schemaVersion: count,
  /** Rows per table in records/database.json. */
  counts: z.record(z.string(), count),
  /** tableHash (shared/archive/tableHash.ts) per table, for comparing a restored database. */
  tableHashes: z.record(z.string(), sha256),
  totals: z.object({
    files: count,
    bytes: count,
    workbooks: count,
    documents: count,
    attachments: count,
  }),
  files: z.array(archiveFileEntrySchema),
})
export type ArchiveManifest = z.infer<typeof archiveManifestSchema>

/** undefined when the text is not a manifest of ours (damaged, or another program's file). */
export function parseManifest(text: string): ArchiveManifest | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  const parsed = archiveManifestSchema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}
