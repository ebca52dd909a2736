/**
 * Saving a contract draft as the clerk does while negotiating: a 10-line
 * contract with three payment milestones, one line's price changed per save.
 * Each save validates the form, diffs the lines and milestones against the
 * stored child rows, recomputes the totals and writes it all, with ops and
 * audit, in one transaction (contractsRepo.saveContract).
 */
import type { ContractInput } from '../../shared/procedures/contracts/schema'
import { DeskDb } from '../../renderer/src/data/db'
import {
  lineInputOf,
  liveLines,
  liveMilestones,
  milestoneInputOf,
} from '../../renderer/src/data/repositories/contracts/childLines'
import { createContract, saveContract } from '../../renderer/src/data/repositories/contracts/contractsRepo'
import { percentile } from '../stats'

const actor = { userId: 'bench', name: '基准测试', roles: ['clerk' as const] }

function draft(customerId: string): ContractInput {
  return {
    title: '配电设备采购合同',
    customerId,
    signPlace: '北京市海淀区',
    deliveryTerms: '送货至甲方指定地点，运费由乙方承担',
    deliveryDueOn: '2026-12-31',
    warranty: '自验收合格之日起质保十二个月',
    clauses: [{ title: '争议解决', text: '协商不成的，向乙方所在地人民法院起诉。' }],
    nonStandardTerms: false,
    specialFees: false,
    specialFeesNote: '',
    lines: Array.from({ length: 10 }, (_, i) => ({
      productId: '',
      name: `低压开关柜 ${i + 1}`,
      spec: `GCS-${400 + i}`,
      unit: '台',
      qty: 2 + i,
      quotedUnitFen: 4_800_000,
      unitFen: 4_800_000,
      discountBp: 0,
      taxRateBp: 1300,
      note: '',
    })),
    milestones: [
      {
        kind: 'advance',
        percentBp: 3000,
        dueRule: '合同签订后7日内',
        trigger: 'signed',
        triggerDays: 7,
        dueOn: '',
      },
      {
        kind: 'delivery',
        percentBp: 6000,
        dueRule: '到货验收后30日内',
        trigger: 'accepted',
        triggerDays: 30,
        dueOn: '',
      },
      {
        kind: 'retention',
        percentBp: 1000,
        dueRule: '质保期满后',
        trigger: 'warrantyEnd',
        triggerDays: 15,
        dueOn: '',
      },
    ],
  }
}

/** The draft as the contract page holds it after loading: lines and milestones with their ids. */
async function asStored(db: DeskDb, id: string): Promise<ContractInput> {
  return {
    ...draft('customer-bench'),
    lines: (await liveLines(db, id)).map((l) => lineInputOf(l, true)),
    milestones: (await liveMilestones(db, id)).map((m) => milestoneInputOf(m, true)),
  }
}

export interface ContractSaveFigures {
  saves: number
  p50: number
  p95: number
  /** Each measured save's time, in order (for spotting spikes). */
  times: number[]
}

export async function benchContractSave(saves: number, dbName: string): Promise<ContractSaveFigures> {
  const db = new DeskDb(dbName)
  const ctx = () => ({ actor, now: new Date() })
  const created = await createContract(db, { input: draft('customer-bench') }, ctx())
  let input = await asStored(db, created.id)
  const times: number[] = []
  const warmup = Math.min(20, saves / 10)
  for (let i = 0; i < saves; i++) {
    const k = i % input.lines.length
    input = {
      ...input,
      lines: input.lines.map((l, j) => (j === k ? { ...l, unitFen: 4_500_000 + (i % 50) * 1_000 } : l)),
    }
    const t0 = performance.now()
    await saveContract(db, { id: created.id, input }, ctx())
    if (i >= warmup) times.push(performance.now() - t0)
  }
  db.close()
  return { saves, p50: percentile(times, 50), p95: percentile(times, 95), times }
}
