/**
 * The document model as main accepts it over IPC (documents.preview/save):
 * every field checked, with limits that keep a request from asking main for
 * an unbounded amount of layout work.
 */
import { z } from 'zod'
import type { DocumentModel } from './documentModel'

const text = (max: number) => z.string().max(max)
/**
 * No folder separators, reserved characters or control characters (as
 * XLSX_FILE_NAME_PATTERN), and not dots alone: `..` as a folder name would
 * climb out of the documents folder.
 */
// eslint-disable-next-line no-control-regex
const FILE_NAME_SAFE = /^(?!\.+$)[^/\\:*?"<>|\u0000-\u001f]+$/
const line = text(200)

const block = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: line }).strict(),
  z.object({ kind: z.literal('paragraph'), text: text(20_000), indent: z.boolean().optional() }).strict(),
  z.object({ kind: z.literal('clause'), number: text(20), text: text(20_000) }).strict(),
  z
    .object({
      kind: z.literal('table'),
      columns: z
        .array(
          z
            .object({
              header: line,
              width: z.number().positive().max(100),
              align: z.enum(['left', 'center', 'right']).optional(),
            })
            .strict(),
        )
        .min(1)
        .max(20),
      rows: z.array(z.array(text(2_000)).max(20)).max(5_000),
    })
    .strict()
    .refine((t) => t.rows.every((r) => r.length === t.columns.length), { path: ['rows'] }),
  z
    .object({
      kind: z.literal('signatures'),
      parties: z
        .array(z.object({ role: text(20), name: line, lines: z.array(line).max(8).optional() }).strict())
        .min(1)
        .max(6),
    })
    .strict(),
  z.object({ kind: z.literal('spacer'), height: z.number().min(0).max(500) }).strict(),
])

export const documentModelSchema = z
  .object({
    style: z.enum(['contract', 'form']),
    // The type names the folder the PDF is saved in (documents/<type>/<month>/).
    type: text(40).min(1).regex(FILE_NAME_SAFE),
    // The number names the saved file, so it may not contain a path.
    number: text(60).min(1).regex(FILE_NAME_SAFE),
    company: line,
    title: line.min(1),
    issuedAt: z.iso.datetime({ offset: true }),
    version: z.number().int().min(2).max(999).optional(),
    draft: z.boolean().optional(),
    blocks: z.array(block).max(2_000),
  })
  .strict() satisfies z.ZodType<DocumentModel>

/**
 * A saved document's path as main returned it from documents.save, relative
 * to the documents folder: `<type>/<YYYY-MM>/<name>.pdf` (documentPaths.ts
 * names it). Checked before documents.open/print hand anything to the
 * operating system: relative, no `..` or `.` segments, only file-name-safe
 * segments, a .pdf at the end.
 */
export const documentPathSchema = z
  .string()
  .min(5)
  .max(400)
  .refine((path) => {
    const segments = path.split(/[\\/]/)
    return segments.length <= 4 && segments.every((s) => FILE_NAME_SAFE.test(s)) && /\.pdf$/i.test(path)
  }, 'not a saved document path')
