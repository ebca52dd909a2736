/**
 * Every request schema against a well-formed request of its own (typed by
 * the contract, so the samples are complete and right for `tsc`) and against
 * payloads no caller should send. A schema loosened to `z.any()`, to a
 * non-strict object or to an optional request fails here.
 */
import { describe, expect, it } from 'vitest'
import type { MethodName, RequestOf, ServiceName } from '../../../shared/ipc/contract'
import { requestSchemas } from '../../../shared/ipc/schemas'
import type { WorkbookModel } from '../../../shared/spreadsheet/sheetModel'

type Samples = { [S in ServiceName]: { [M in MethodName<S>]: RequestOf<S, M> } }

const sha256 = 'ab'.repeat(32)
const deviceId = '01JH5Z8K3M9QW2XR7T4V6YBCDE'
const segment = `devices/${deviceId}/seg/000000000001.jsonl`
const jobId = '0123456789abcdef'
const archive = '商务部归档-2026-01-05-093000'
const workbook: WorkbookModel & { yes: string; no: string } = {
  fileName: '客户档案.xlsx',
  sheets: [
    {
      name: '客户',
      title: '客户档案',
      subtitle: '2026-01-05',
      columns: [{ header: '客户名称', width: 30, format: 'text' }],
      rows: [['北京智诚科技有限公司']],
    },
  ],
  yes: '是',
  no: '否',
}
const model = {
  style: 'contract',
  type: '销售合同',
  number: 'HT-2026-0001',
  company: '杭州恒信机电设备有限公司',
  title: '销售合同',
  issuedAt: '2026-01-05T09:30:00+08:00',
  blocks: [{ kind: 'heading', text: '第一条 产品' }],
} as const

const samples: Samples = {
  app: { info: {} },
  auth: {
    hashPassword: { password: 'Hengxin2026' },
    verifyPassword: { account: 'admin', password: 'Hengxin2026', hash: 'scrypt$16384$8$1$c2FsdA$aGFzaA' },
    unlock: { account: 'admin' },
  },
  backup: {
    write: { content: '{"tables":{}}', reason: 'manual' },
    list: {},
    read: { name: 'backup-20260105-093000.json' },
  },
  attachments: {
    put: { fileName: '合同扫描件.pdf', dataBase64: 'JVBERi0xLjQK' },
    read: { sha256 },
    has: { sha256s: [sha256] },
  },
  spreadsheet: { write: workbook, read: { dataBase64: 'UEsDBBQAAAAIAA==' } },
  documents: {
    preview: { model: { ...model, blocks: [...model.blocks] } },
    save: { model: { ...model, blocks: [...model.blocks] } },
    open: { path: '销售合同/2026-01/HT-2026-0001.pdf' },
    print: { path: '销售合同/2026-01/HT-2026-0001.pdf' },
  },
  archive: {
    settings: {},
    saveSettings: { folder: 'D:\\共享\\商务部归档', keep: 12, schedule: 'monthly' },
    begin: { deviceId, schemaVersion: 3, counts: { customers: 1 }, tableHashes: { customers: sha256 } },
    appendRecords: { jobId, text: '{"table":"customers"}\n' },
    addWorkbook: { jobId, workbook },
    finish: { jobId },
    cancel: { jobId },
    progress: { jobId },
    list: {},
    verify: { name: archive },
    open: { name: archive },
    openFile: { name: archive, path: 'records/customers.jsonl' },
    readRecords: { name: archive, offset: 0 },
    restoreFiles: { name: archive },
  },
  share: {
    config: {},
    probe: { root: '\\\\服务器\\商务部' },
    create: { root: '\\\\服务器\\商务部' },
    join: { root: 'D:\\共享\\商务部' },
    leave: {},
    format: {},
    list: { dir: `devices/${deviceId}/seg` },
    read: { path: segment },
    writeImmutable: { path: segment, text: '{"h":1}\n', deviceId },
    replaceTorn: { path: segment, text: '{"h":1}\n', deviceId, tornSha256: sha256 },
    writeStatus: { deviceId, text: '{"seq":1}' },
    cleanTemps: { deviceId },
    compactSegments: { deviceId, upTo: 1 },
    publishBlob: { sha256, deviceId },
    fetchBlob: { sha256 },
  },
}

type Schema = { safeParse(value: unknown): { success: boolean } }
const schemas = requestSchemas as unknown as Record<string, Record<string, Schema>>

const cases = Object.entries(samples).flatMap(([service, methods]) =>
  Object.entries(methods as Record<string, unknown>).map(([method, sample]) => ({
    channel: `${service}:${method}`,
    schema: schemas[service]?.[method],
    sample: sample as Record<string, unknown>,
  })),
)

const accepts = (schema: Schema | undefined, value: unknown) => {
  if (!schema) throw new Error('no request schema')
  return schema.safeParse(value).success
}

describe('requestSchemas', () => {
  it('has a sample here for every channel it validates', () => {
    const channels = Object.entries(schemas).flatMap(([s, ms]) => Object.keys(ms).map((m) => `${s}:${m}`))
    expect(cases.map((c) => c.channel).sort()).toEqual(channels.sort())
  })

  it.each(cases)('accepts a well-formed $channel request', ({ schema, sample }) => {
    expect(accepts(schema, sample)).toBe(true)
  })

  it.each(cases)('refuses a $channel request that is not an object', ({ schema }) => {
    for (const wrong of [undefined, null, 42, 'request', true, [], [{}]]) {
      expect(accepts(schema, wrong), JSON.stringify(wrong) ?? 'undefined').toBe(false)
    }
  })

  it.each(cases)('refuses a $channel request with a key the contract does not have', ({ schema, sample }) => {
    expect(accepts(schema, { ...sample, extra: 1 })).toBe(false)
    expect(accepts(schema, { ...sample, constructor: 'x' })).toBe(false)
  })

  it.each(cases.filter((c) => Object.keys(c.sample).length > 0))(
    'refuses a $channel request when any of its fields is missing or a number where it is not',
    ({ schema, sample }) => {
      for (const key of Object.keys(sample)) {
        const { [key]: _dropped, ...rest } = sample
        expect(accepts(schema, rest), `without ${key}`).toBe(false)
        if (typeof sample[key] !== 'number') {
          expect(accepts(schema, { ...sample, [key]: 7 }), `${key}: 7`).toBe(false)
        }
      }
    },
  )
})
