/**
 * The documents service of main for these tests, on temp ports: render a
 * model, read its text back through poppler, check its ink, and with
 * DOCUMENT_RENDERS=1 keep the PDF and 80 dpi PNGs in /tmp/invoicing-docs/.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll } from 'vitest'
import type { DocumentModel } from '@shared/documents/documentModel'
import { createDocumentsService } from '../../../../../electron/main/services/documents/createDocumentsService'
import { fontsInNodeModules } from '../../../../../electron/main/services/documents/fontFaces'
import { type TempPorts, createTempPorts } from '../../../../harness/tempPorts'
import { blankGlyphs } from '../../../../electron/main/services/documents/inkCheck'
import { pageText } from '../../../../electron/main/services/documents/popplerTools'

const run = promisify(execFile)
const RENDERS = join(tmpdir(), 'invoicing-docs')

/** Registers the suite's setup and teardown; call at the top of a test file. */
export function documentRenderer() {
  let temp: TempPorts
  let scratch: string
  beforeAll(async () => {
    temp = await createTempPorts()
    scratch = await mkdtemp(join(tmpdir(), 'commerce-desk-invoicing-docs-'))
  })
  afterAll(async () => {
    await temp.cleanup()
    await rm(scratch, { recursive: true, force: true })
  })
  const render = (model: DocumentModel) =>
    createDocumentsService(temp.ports, { fonts: fontsInNodeModules() }).render(model)

  return {
    render,
    async save(name: string, pdf: Uint8Array): Promise<void> {
      if (!process.env.DOCUMENT_RENDERS) return
      await mkdir(RENDERS, { recursive: true })
      const path = join(RENDERS, `${name}.pdf`)
      await writeFile(path, pdf)
      await run('pdftoppm', ['-r', '80', '-png', path, join(RENDERS, name)])
    },
    /** Characters drawn without ink; [] when every one prints. */
    async blank(model: DocumentModel, name: string): Promise<string[]> {
      return blankGlyphs(model, await mkdtemp(join(scratch, `${name}-`)))
    },
    /**
     * Every page's text: flat, whitespace removed (pdftotext lays cells out
     * with spaces and breaks), and raw, where a figure cut over two lines of
     * its cell no longer reads whole.
     */
    async text(model: DocumentModel, name: string): Promise<{ text: string; raw: string }> {
      const { pdf, pages } = await render(model)
      const path = join(scratch, `${name}.pdf`)
      await writeFile(path, pdf)
      const texts = await Promise.all(Array.from({ length: pages }, (_, i) => pageText(path, i + 1)))
      const raw = texts.join('\n')
      return { text: raw.replace(/\s/g, ''), raw }
    },
  }
}
