/**
 * documents.open and documents.print: only a saved document inside the
 * documents folder is handed to the system, and the test ports record the
 * hand-over instead of starting a viewer or a printer.
 */
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createNodePorts } from '../../../../../electron/main/platform/nodePorts'
import {
  type RecordingShell,
  createRecordingShell,
} from '../../../../../electron/main/platform/recordingShell'
import { createMainServices } from '../../../../../electron/main/services'
import {
  documentRelativePath,
  resolveDocumentPath,
} from '../../../../../electron/main/services/documents/documentPaths'
import type { MainServices } from '../../../../../shared/ipc/contract'
import { dispatch } from '../../../../../shared/ipc/dispatch'
import { type TempPorts, createTempPorts } from '../../../../harness/tempPorts'
import { sampleContract } from './sampleContract'

let temp: TempPorts
let shell: RecordingShell
let services: MainServices

beforeEach(async () => {
  temp = await createTempPorts()
  shell = createRecordingShell()
  services = createMainServices({
    ...createNodePorts({ dataDir: temp.dataDir, appVersion: '0', desktop: false }),
    shell,
  })
})
afterEach(() => temp.cleanup())

const BAD_PATHS = [
  '../secret.pdf',
  '销售合同/../../x.pdf',
  '销售合同/2025-03/../../../etc/passwd.pdf',
  '/etc/x.pdf',
  '\\\\server\\share\\x.pdf',
  'C:\\Windows\\x.pdf',
  'C:/x.pdf',
  '销售合同/2025-03/HT.exe',
  '销售合同//HT.pdf',
  './销售合同/HT.pdf',
  'a/b/c/d/e.pdf',
  '销售合同/2025-03/HT\u0000.pdf',
]

describe('document paths', () => {
  it('files by type, month as written in issuedAt, and number', () => {
    const model = { ...sampleContract(1), issuedAt: '2025-03-31T23:30:00+08:00', number: 'HT 2025/1' }
    // The schema refuses a number with `/`; the file name is made safe regardless.
    expect(documentRelativePath(model)).toBe('销售合同/2025-03/HT_2025_1.pdf')
  })

  it.each(BAD_PATHS)('refuses %j', (path) => {
    expect(resolveDocumentPath(join(temp.dataDir, 'documents'), path)).toBeUndefined()
  })

  it('resolves a saved path inside the documents folder', () => {
    expect(resolveDocumentPath('/data/documents', '销售合同/2025-03/HT-1.pdf')).toBe(
      join('/data/documents', '销售合同', '2025-03', 'HT-1.pdf'),
    )
  })
})

describe('documents.open / documents.print', () => {
  it('hands a saved document to the system viewer and the print verb', async () => {
    const saved = await dispatch(services, 'documents', 'save', { model: sampleContract(2) })
    expect(saved).toMatchObject({ ok: true, value: { path: '销售合同/2025-03/HT-2025-0318.pdf' } })
    const { path, fullPath } = (saved as { value: { path: string; fullPath: string } }).value
    expect(await dispatch(services, 'documents', 'open', { path })).toEqual({ ok: true, value: { path } })
    expect(await dispatch(services, 'documents', 'print', { path })).toEqual({ ok: true, value: { path } })
    expect(shell.calls).toEqual([
      { verb: 'open', path: fullPath },
      { verb: 'print', path: fullPath },
    ])
  }, 60_000)

  it.each(BAD_PATHS)('refuses %j before the system sees it', async (path) => {
    for (const method of ['open', 'print'] as const) {
      expect(await dispatch(services, 'documents', method, { path })).toMatchObject({
        ok: false,
        error: { code: 'ipc.badRequest', params: { field: 'path' } },
      })
    }
    expect(shell.calls).toEqual([])
  })

  it('says so when the document was never saved', async () => {
    const result = await dispatch(services, 'documents', 'print', { path: '销售合同/2025-03/none.pdf' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'documents.notFound', messageKey: 'documents.errors.notFound' },
    })
    expect(shell.calls).toEqual([])
  })

  it('reports a viewer or printer failure in the clerk’s words', async () => {
    const failing = createMainServices({
      ...createNodePorts({ dataDir: temp.dataDir, appVersion: '0', desktop: false }),
      shell: {
        openPath: () => Promise.reject(new Error('no application associated')),
        printFile: () => Promise.reject(new Error('lp: no default destination')),
      },
    })
    const saved = await failing.documents.save({ model: sampleContract(1) })
    expect(await dispatch(failing, 'documents', 'print', { path: saved.path })).toMatchObject({
      ok: false,
      error: { code: 'documents.printFailed', messageKey: 'documents.errors.printFailed' },
    })
    expect(await dispatch(failing, 'documents', 'open', { path: saved.path })).toMatchObject({
      ok: false,
      error: { code: 'documents.openFailed' },
    })
  }, 60_000)

  it('refuses a model whose type would climb out of the documents folder', async () => {
    const result = await dispatch(services, 'documents', 'save', {
      model: { ...sampleContract(1), type: '..' },
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'ipc.badRequest', params: { field: 'model.type' } },
    })
  })
})
