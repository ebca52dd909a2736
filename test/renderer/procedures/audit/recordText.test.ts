import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { refTableOf } from '@shared/tables/recordRefs'
import { syncedTableNames, tableSpecs } from '@shared/tables/tableSpecs'
import { groupAuditActions } from '../../../../renderer/src/data/auditQueries'
import type { AuditEntry } from '../../../../renderer/src/data/bookkeeping'
import { en } from '../../../../renderer/src/i18n/en'
import { zhCN } from '../../../../renderer/src/i18n/zh-CN'
import { recordPhrase, timeText, valueText } from '../../../../renderer/src/procedures/audit/recordText'

const i18n = i18next.createInstance()
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
})
const t = i18n.t

function entry(seq: number, at: string, over: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: `D:${seq}`,
    deviceId: 'D',
    seq,
    at,
    actorId: 'U',
    actorName: '李晓',
    action: 'update',
    table: 'contracts',
    rowId: 'C',
    changes: {},
    prevHash: '',
    hash: '',
    ...over,
  }
}

describe('groupAuditActions', () => {
  it('takes the entries of one transaction (device, actor, time, consecutive numbers) as one action', () => {
    const t1 = '2026-12-08T06:30:00.000Z'
    const t2 = '2026-12-08T06:31:00.000Z'
    // Newest first, as the log reads them.
    const entries = [
      entry(7, t2),
      entry(6, t2),
      entry(5, t1, { deviceId: 'E' }),
      entry(4, t1),
      entry(3, t1, { actorId: 'V' }),
      entry(2, t1),
      entry(1, t1),
    ]
    expect(groupAuditActions(entries).map((a) => a.map((e) => `${e.deviceId}${e.seq}`))).toEqual([
      ['D6', 'D7'],
      ['E5'],
      ['D4'],
      ['D3'],
      ['D1', 'D2'],
    ])
  })
})

describe('timeText', () => {
  it('writes a stored time as YYYY-MM-DD HH:mm, and a day entered without a time as the day', () => {
    expect(timeText('2026-12-08T06:30:00.000Z')).toMatch(/^2026-12-0[78] \d{2}:30$/)
    expect(timeText('2026-11-26T00:00:00.000Z')).toBe('2026-11-26')
  })
})

describe('the records a value names', () => {
  it('points every ref of the registry at a synced table, each ref field labelled', () => {
    for (const table of syncedTableNames) {
      const spec = tableSpecs[table]
      for (const [field, target] of Object.entries(spec.refs ?? {})) {
        if (typeof target === 'string') expect(syncedTableNames, `${table}.${field}`).toContain(target)
        expect(i18n.exists(`${spec.fieldsKey}.${field}`), `${table}.${field}`).toBe(true)
      }
    }
    expect(refTableOf('contracts', 'customerId', undefined)).toBe('customers')
    expect(refTableOf('tradeLines', 'parentId', { parentTable: 'quotations' })).toBe('quotations')
    expect(refTableOf('products', 'manufacturerId', undefined)).toBe('suppliers')
    expect(refTableOf('contracts', 'title', undefined)).toBeUndefined()
  })

  it('reads an id as the record’s name, and says so when the record is not on this PC', () => {
    const rows: Record<string, Record<string, unknown>> = {
      'customers/K1': { name: '上海浦江电力工程有限公司' },
      'contracts/C1': { number: 'HT-202612-0001', title: '采购合同' },
      'tradeLines/L1': { name: '控制柜', parentTable: 'contracts', parentId: 'C1' },
    }
    const records = { get: (table: string, id: string) => rows[`${table}/${id}`] }
    expect(valueText(t, 'contracts', 'customerId', 'K1', { records })).toBe('上海浦江电力工程有限公司')
    expect(valueText(t, 'contracts', 'customerId', 'K9', { records })).toBe('（本机没有此记录）')
    expect(recordPhrase(t, 'tradeLines', 'L1', records)).toBe('合同 HT-202612-0001 的明细「控制柜」')
    expect(valueText(t, 'approvals', 'step', 2)).toBe('第 2 步')
    expect(valueText(t, 'approvals', 'rule', 'majorContract')).toBe('重大合同')
    expect(valueText(t, 'approvals', 'mode', 'paper')).toBe('纸质签字')
    expect(valueText(t, 'contracts', 'version', 2)).toBe('第 2 版')
    i18n.changeLanguage('en')
    expect(recordPhrase(i18n.t, 'tradeLines', 'L1', records)).toBe('line “控制柜” of contract HT-202612-0001')
    i18n.changeLanguage('zh-CN')
  })
})
