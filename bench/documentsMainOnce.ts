/**
 * The desktop app's main process for the statements bench
 * (collectionsBenchOnce.ts forks it): the documents and spreadsheet
 * services as main runs them, answering the models the batch sends as the
 * renderer's IPC calls would — `write` a document, `sheet` a workbook — and
 * sampling its own RSS every 50 ms; `done` answers with the peak. So the
 * peak memory is that of the process that renders, as in the app, where
 * the renderer keeps the database in IndexedDB on disk.
 */
import type { DocumentModel } from '../shared/documents/documentModel'
import type { WorkbookModel } from '../shared/spreadsheet/sheetModel'
import { createNodePorts } from '../electron/main/platform/nodePorts'
import { createDocumentsService } from '../electron/main/services/documents/createDocumentsService'
import { fontsInNodeModules } from '../electron/main/services/documents/fontFaces'
import { createSpreadsheetService } from '../electron/main/services/spreadsheet/createSpreadsheetService'

export type MainRequest =
  | { id: number; kind: 'write'; model: DocumentModel }
  | { id: number; kind: 'sheet'; book: WorkbookModel }
  | { id: number; kind: 'done' }

export type MainReply = { id: number; path?: string; peakMb?: number; error?: string }

const dataDir = process.argv[2]
const ports = createNodePorts({ dataDir, appVersion: 'bench', desktop: false })
const documents = createDocumentsService(ports, { fonts: fontsInNodeModules() })
const spreadsheet = createSpreadsheetService(ports)
let peak = process.memoryUsage().rss
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)

process.on('message', (req: MainRequest) => {
  const reply = (r: Omit<MainReply, 'id'>) => process.send?.({ id: req.id, ...r })
  if (req.kind === 'done') {
    clearInterval(sampler)
    peak = Math.max(peak, process.memoryUsage().rss)
    reply({ peakMb: peak / 1024 / 1024 })
    process.disconnect()
    return
  }
  const work =
    req.kind === 'write'
      ? documents.write(req.model)
      : spreadsheet.write({ ...req.book, yes: '是', no: '否' })
  work.then(
    (written) => reply({ path: written.path }),
    (err: unknown) => reply({ error: String(err) }),
  )
})
