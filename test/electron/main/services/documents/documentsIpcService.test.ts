import { describe, expect, it } from 'vitest'
import { createMainServices } from '../../../../../electron/main/services'
import { dispatch } from '../../../../../shared/ipc/dispatch'
import { createTempPorts } from '../../../../harness/tempPorts'
import { sampleContract } from './sampleContract'

describe('documents over IPC', () => {
  it('previews a contract as a PDF without writing, then saves it into the documents folder', async () => {
    const { ports, cleanup } = await createTempPorts()
    try {
      const services = createMainServices(ports)
      const model = sampleContract(5)
      const preview = await dispatch(services, 'documents', 'preview', { model })
      expect(preview.ok).toBe(true)
      const shown = preview.ok
        ? (preview.value as { dataBase64: string; sha256: string; pages: number })
        : null
      expect(
        Buffer.from(shown?.dataBase64 ?? '', 'base64')
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-')
      expect(await ports.fs.readdir(ports.dataDir)).not.toContain('documents')

      const saved = await dispatch(services, 'documents', 'save', { model })
      expect(saved).toMatchObject({
        ok: true,
        value: { fileName: `${model.number}.pdf`, sha256: shown?.sha256 },
      })
      const path = saved.ok ? (saved.value as { fullPath: string }).fullPath : ''
      expect((await ports.fs.readFile(path)).subarray(0, 5).toString()).toBe('%PDF-')
    } finally {
      await cleanup()
    }
  }, 60_000)

  it('refuses a model whose number is a path, or whose table rows do not fit its columns', async () => {
    const { ports, cleanup } = await createTempPorts()
    try {
      const services = createMainServices(ports)
      const model = sampleContract(2)
      const sneaky = await dispatch(services, 'documents', 'save', {
        model: { ...model, number: '../../evil' },
      })
      expect(sneaky).toMatchObject({
        ok: false,
        error: { code: 'ipc.badRequest', params: { field: 'model.number' } },
      })
      const table = model.blocks.findIndex((b) => b.kind === 'table')
      const blocks = model.blocks.map((b, i) =>
        i === table && b.kind === 'table' ? { ...b, rows: [...b.rows, ['只有一格']] } : b,
      )
      const ragged = await dispatch(services, 'documents', 'preview', { model: { ...model, blocks } })
      expect(ragged).toMatchObject({ ok: false, error: { code: 'ipc.badRequest' } })
    } finally {
      await cleanup()
    }
  })
})
