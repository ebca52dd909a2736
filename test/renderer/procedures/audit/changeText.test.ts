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

function updateEntry(table: string, rowId: string, changes: AuditEntry['changes']): AuditEntry {
  return { ...importEntry([]), action: 'update', table, rowId, rowIds: undefined, changes }
}

describe('changeLines for the contract procedure', () => {
  it('names contract fields and shows steps, money, percentages and required approvals as the screens do', () => {
    const entry = updateEntry('contracts', 'C1', {
      step: { from: 'legalReview', to: 'approval' },
      requiredApprovals: {
        from: [],
        to: [
          {
            rule: 'majorContract',
            role: 'leadership',
            step: 2,
            params: { amountFen: 60_000_000, thresholdFen: 50_000_000 },
          },
        ],
      },
    })
    expect(changeLines(i18n.t, entry)).toEqual([
      '状态：法务审核 → 审批',
      '需要的审批：— → 重大合同：金额 ¥600,000.00，达到 ¥500,000.00',
    ])
    const line = updateEntry('tradeLines', 'L1', {
      unitFen: { from: 4_800_000, to: 4_320_000 },
      discountBp: { from: 0, to: 500 },
    })
    expect(changeLines(i18n.t, line)).toEqual(['含税单价：¥48,000.00 → ¥43,200.00', '折扣：0% → 5%'])
  })

  it('names the new settings', () => {
    const entry = updateEntry('settings', 'approvals.priceDeviationBp', { value: { from: 500, to: 300 } })
    expect(changeLines(i18n.t, entry)[0]).toMatch(/^允许的价格偏离（%）：/)
  })
})
