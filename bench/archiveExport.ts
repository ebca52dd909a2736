/**
 * 归档导出 at scale (issue 5 bench): 10,000 contracts with 4 lines each and
 * their bookkeeping (outbox ops, field clocks, audit entries) as the database
 * export, one workbook of contracts and lines, and 10,000 contract PDFs (one
 * real 3-page contract rendered once, each copy made distinct by a trailing
 * comment so every file has its own hash). The export goes through the real
 * archive service and the same `dispatch` as the desktop app, the renderer's
 * part simulated by feeding the records in the renderer's piece size. Peak
 * RSS is sampled during the export only (seeding is not measured).
 *
 * `benchArchiveExport()` returns { ms, peakMb } for bench/run.ts to report as
 * archive.export_10k_ms and archive.export_peak_mb.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ArchiveJob } from '../shared/ipc/archiveContract'
import type { MainServices } from '../shared/ipc/contract'
import type { CellValue } from '../shared/spreadsheet/sheetModel'
import { dispatch } from '../shared/ipc/dispatch'
import { createNodePorts } from '../electron/main/platform/nodePorts'
import { createMainServices } from '../electron/main/services'
import { createDocumentsService } from '../electron/main/services/documents/createDocumentsService'
import { fontsInNodeModules } from '../electron/main/services/documents/fontFaces'
import { sampleContract } from '../test/electron/main/services/documents/sampleContract'

export interface ArchiveExportFigures {
  ms: number
  peakMb: number
}

const LINES_PER_CONTRACT = 4
/** The renderer's piece size (runArchiveExport.ts RECORDS_PIECE_CHARS; not imported: that module loads Dexie). */
const RECORDS_PIECE_CHARS = 2 * 1024 * 1024

async function call<T>(services: MainServices, method: string, request: unknown): Promise<T> {
  const result = await dispatch(services, 'archive', method, request)
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${JSON.stringify(result.error.params)}`)
  return result.value as T
}

const numberOf = (i: number) => `HT-2026-${String(i + 1).padStart(5, '0')}`
const monthOf = (i: number) => `2026-${String((i % 12) + 1).padStart(2, '0')}`

async function seedPdfs(dataDir: string, count: number): Promise<void> {
  const documents = createDocumentsService(
    createNodePorts({ dataDir, appVersion: 'bench', desktop: false }),
    {
      fonts: fontsInNodeModules(),
    },
  )
  const pdf = (await documents.render(sampleContract(40))).pdf
  for (let m = 0; m < 12; m++)
    await mkdir(join(dataDir, 'documents', '销售合同', monthOf(m)), { recursive: true })
  for (let i = 0; i < count; i++) {
    const copy = Buffer.concat([pdf, Buffer.from(`\n% ${numberOf(i)}\n`)])
    await writeFile(join(dataDir, 'documents', '销售合同', monthOf(i), `${numberOf(i)}.pdf`), copy)
  }
}

function contractRow(i: number) {
  return {
    id: `01JC${String(i).padStart(22, '0')}`,
    number: numberOf(i),
    title: `配电设备采购合同（第${i + 1}批）`,
    customerId: `01JK${String(i % 2000).padStart(22, '0')}`,
    signPlace: '北京',
    deliveryTerms: '送货至甲方指定地点',
    deliveryDueOn: `${monthOf(i)}-20`,
    warranty: '质保一年',
    clauses: [{ title: '争议解决', text: '协商不成向乙方所在地人民法院起诉。' }],
    step: 'performing',
    version: 1,
    netFen: 4_424_779,
    taxFen: 575_221,
    totalFen: 5_000_000,
    signedOn: `${monthOf(i)}-03`,
    createdAt: '2026-01-03T09:00:00.000Z',
    createdBy: 'U-CLERK',
    updatedAt: '2026-01-03T09:00:00.000Z',
    updatedBy: 'U-CLERK',
    deletedAt: null,
  }
}

function lineRow(i: number, k: number) {
  return {
    id: `01JL${String(i * LINES_PER_CONTRACT + k).padStart(22, '0')}`,
    parentTable: 'contracts',
    parentId: `01JC${String(i).padStart(22, '0')}`,
    position: k + 1,
    productId: '',
    name: ['智能电能表', '低压开关柜', '电流互感器', '电缆分支箱'][k],
    spec: 'DTZY341-Z 0.5S级',
    unit: '台',
    qty: 10 + k,
    quotedUnitFen: null,
    unitFen: 128_000,
    discountBp: 0,
    taxRateBp: 1300,
    note: '',
    createdAt: '2026-01-03T09:00:00.000Z',
    createdBy: 'U-CLERK',
    updatedAt: '2026-01-03T09:00:00.000Z',
    updatedBy: 'U-CLERK',
    deletedAt: null,
  }
}

/** The export as dexie-export-import writes it, one table section at a time, never whole in memory. */
function* recordsText(contracts: number): Generator<string> {
  const lines = contracts * LINES_PER_CONTRACT
  const tables = [
    { name: 'contracts', schema: 'id,customerId,step,signedOn', rowCount: contracts },
    { name: 'tradeLines', schema: 'id,parentId', rowCount: lines },
    { name: '_outbox', schema: 'seq,published', rowCount: contracts * 20 + lines * 12 },
    { name: '_audit', schema: 'id,[deviceId+seq],at,rowId,*rowIds', rowCount: contracts + lines },
  ]
  yield JSON.stringify({ formatName: 'dexie', formatVersion: 1 }).slice(0, -1)
  yield `,"data":{"databaseName":"commerce-desk","databaseVersion":5,"tables":${JSON.stringify(tables)},"data":[`
  const section = function* (name: string, count: number, row: (n: number) => unknown, first: boolean) {
    yield `${first ? '' : ','}{"tableName":"${name}","inbound":true,"rows":[`
    for (let n = 0; n < count; n++) yield (n ? ',' : '') + JSON.stringify(row(n))
    yield ']}'
  }
  yield* section('contracts', contracts, contractRow, true)
  yield* section(
    'tradeLines',
    lines,
    (n) => lineRow(Math.floor(n / LINES_PER_CONTRACT), n % LINES_PER_CONTRACT),
    false,
  )
  yield* section(
    '_outbox',
    tables[2].rowCount,
    (n) => ({
      seq: n + 1,
      published: 0,
      t: n % 2 ? 'tradeLines' : 'contracts',
      r: `01JC${n}`,
      f: 'qty',
      v: 10,
      h: `0001JC${n}-0000-PC01`,
      o: null,
      d: 'PC01',
      by: 'U-CLERK',
    }),
    false,
  )
  yield* section(
    '_audit',
    tables[3].rowCount,
    (n) => ({
      id: `PC01:${n + 1}`,
      deviceId: 'PC01',
      seq: n + 1,
      at: '2026-01-03T09:00:00.000Z',
      actor: 'U-CLERK',
      action: 'create',
      table: 'contracts',
      rowId: `01JC${n}`,
      changes: { number: { from: null, to: numberOf(n) } },
      prev: 'a'.repeat(64),
      hash: 'b'.repeat(64),
    }),
    false,
  )
  yield ']}}'
}

function contractsWorkbook(contracts: number) {
  const contractRows: CellValue[][] = []
  const lineRows: CellValue[][] = []
  for (let i = 0; i < contracts; i++) {
    const c = contractRow(i)
    contractRows.push([c.number, '北京智诚科技有限公司', c.title, c.signedOn, c.totalFen, '履行中'])
    for (let k = 0; k < LINES_PER_CONTRACT; k++) {
      const l = lineRow(i, k)
      lineRows.push([c.number, l.position, l.name, l.spec, l.unit, l.qty, l.unitFen, l.taxRateBp])
    }
  }
  const text = (header: string, width = 16) => ({ header, width, format: 'text' as const })
  return {
    fileName: '合同.xlsx',
    yes: '是',
    no: '否',
    sheets: [
      {
        name: '合同',
        title: '合同',
        subtitle: '归档',
        columns: [
          text('合同编号'),
          text('客户', 30),
          text('合同名称', 30),
          { header: '签订日期', width: 12, format: 'date' as const },
          { header: '金额（元）', width: 16, format: 'money' as const },
          text('状态'),
        ],
        rows: contractRows,
      },
      {
        name: '合同明细',
        title: '合同明细',
        subtitle: '归档',
        columns: [
          text('合同编号'),
          { header: '序号', width: 6, format: 'int' as const },
          text('名称'),
          text('规格型号'),
          text('单位', 6),
          { header: '数量', width: 8, format: 'int' as const },
          { header: '单价（元）', width: 14, format: 'money' as const },
          { header: '税率', width: 8, format: 'percent' as const },
        ],
        rows: lineRows,
      },
    ],
  }
}

export async function benchArchiveExport(contracts = 10_000): Promise<ArchiveExportFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'commerce-desk-archive-bench-'))
  try {
    await seedPdfs(dataDir, contracts)
    const services = createMainServices(createNodePorts({ dataDir, appVersion: 'bench', desktop: false }))
    const workbook = contractsWorkbook(contracts)
    global.gc?.()
    let peak = process.memoryUsage().rss
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss)
    }, 20)
    const t0 = performance.now()
    try {
      const { jobId } = await call<{ jobId: string }>(services, 'begin', {
        deviceId: 'PC01',
        schemaVersion: 4,
        counts: { contracts, tradeLines: contracts * LINES_PER_CONTRACT },
        tableHashes: {},
      })
      let piece = ''
      for (const part of recordsText(contracts)) {
        piece += part
        if (piece.length >= RECORDS_PIECE_CHARS) {
          await call(services, 'appendRecords', { jobId, text: piece })
          piece = ''
        }
      }
      if (piece) await call(services, 'appendRecords', { jobId, text: piece })
      await call(services, 'addWorkbook', { jobId, workbook })
      await call(services, 'finish', { jobId })
      for (;;) {
        const job = await call<ArchiveJob>(services, 'progress', { jobId })
        if (job.state === 'failed') throw new Error(JSON.stringify(job.error))
        if (job.state === 'done') break
        await new Promise((r) => setTimeout(r, 50))
      }
    } finally {
      clearInterval(sampler)
    }
    const ms = performance.now() - t0
    peak = Math.max(peak, process.memoryUsage().rss)
    return { ms: Math.round(ms), peakMb: Math.round(peak / 1024 / 1024) }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}
