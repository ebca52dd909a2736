import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '../../../../renderer/src/data/bookkeeping'
import { zhCN } from '../../../../renderer/src/i18n/zh-CN'
import { changeLines } from '../../../../renderer/src/procedures/audit/changeText'

const i18n = i18next.createInstance()
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
})

function importEntry(names: string[]): AuditEntry {
  const rowIds = names.map((_, i) => `R${i}`)
  return {
    id: 'D:1',
    deviceId: 'D',
    seq: 1,
    at: '2026-11-26T01:00:00.000Z',
    actorId: 'U',
    actorName: '李商务',
    action: 'import',
    table: 'customers',
    rowId: 'batch:D:1',
    rowIds,
    changes: Object.fromEntries(
      rowIds.map((id, i) => [id, { from: null, to: { name: names[i], grade: 'A' } }]),
    ),
    prevHash: 'GENESIS',
    hash: 'x',
  }
}

describe('changeLines', () => {
  it('sums up an import in one line: how many records and the first names', () => {
    const names = ['甲公司', '乙公司', '丙公司', '丁公司', '戊公司', '己公司', '庚公司']
    expect(changeLines(i18n.t, importEntry(names))).toEqual([
      '7 条记录：甲公司、乙公司、丙公司、丁公司、戊公司，另 2 条',
    ])
    expect(changeLines(i18n.t, importEntry(['甲公司']))).toEqual(['1 条记录：甲公司'])
  })

  it('lists a field change as 字段：旧值 → 新值', () => {
    const entry = { ...importEntry([]), action: 'update', rowId: 'R', rowIds: undefined }
    entry.changes = { grade: { from: 'A', to: 'B' } }
    expect(changeLines(i18n.t, entry)).toEqual(['等级：A 级 → B 级'])
  })
})
