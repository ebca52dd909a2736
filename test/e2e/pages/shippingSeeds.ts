/**
 * Records the shipping spec needs, put on record in the page through the
 * repositories the screens use (run with pageBundle.ts runInPage): a
 * customer, a manufacturer with two products (the switchgear tracked by
 * serial number), a contract for them walked to 已归档 (legal review,
 * signed, filed with its scan), and later goods into the store (入库).
 * This file must import Playwright for types only.
 */
import type { Actor } from '../../../shared/auth/permissions'
import { emptyValues } from '../../../shared/masterData/fieldSpec'
import { archiveSpecs } from '../../../shared/masterData/archiveSpecs'
import { contractDraftInput } from '../../../shared/procedures/contracts/schema'
import { todayIso } from '../../../shared/kernel/workdays'
import { DeskDb } from '../../../renderer/src/data/db'
import { saveArchive } from '../../../renderer/src/data/repositories/archivesRepo'
import { addAttachment } from '../../../renderer/src/data/repositories/attachmentsRepo'
import {
  contractAction,
  createContract,
} from '../../../renderer/src/data/repositories/contracts/contractsRepo'
import { receiveStock } from '../../../renderer/src/data/repositories/shipping/stockRepo'

const clerk: Actor = { userId: 'U-E2E-CLERK', name: '李晓', roles: ['clerk'] }
const legal: Actor = { userId: 'U-E2E-LEGAL', name: '周法务', roles: ['legal'] }
const as = (actor: Actor) => ({ actor, now: new Date() })

export interface FiledContract {
  id: string
  number: string
  switchgearId: string
}

/** 上海浦江电力工程有限公司's contract, filed: 4 低压开关柜 (serial numbers) and 10 智能电能表, both from 施耐德. */
export async function seedFiledContract(): Promise<FiledContract> {
  const db = new DeskDb()
  try {
    const archive = async (table: 'customers' | 'suppliers' | 'products', values: Record<string, unknown>) =>
      saveArchive(
        db,
        { table, id: null, input: { ...emptyValues(archiveSpecs[table].fields), ...values } },
        as(clerk),
      )
    const customer = await archive('customers', {
      name: '上海浦江电力工程有限公司',
      address: '上海市浦东新区浦江路 88 号',
    })
    const maker = await archive('suppliers', { name: '施耐德电气（中国）有限公司' })
    await archive('suppliers', { name: '正泰电器股份有限公司' })
    const switchgear = await archive('products', {
      name: '低压开关柜',
      spec: 'MNS-400',
      unit: '台',
      manufacturerId: maker.id,
      serialized: true,
    })
    const meter = await archive('products', {
      name: '智能电能表',
      spec: 'DTZY-100',
      unit: '只',
      manufacturerId: maker.id,
    })
    const line = (
      productId: string,
      name: string,
      spec: string,
      unit: string,
      qty: number,
      unitFen: number,
    ) => ({
      productId,
      name,
      spec,
      unit,
      qty,
      quotedUnitFen: null,
      unitFen,
      discountBp: 0,
      taxRateBp: 1300,
      note: '',
    })
    const contract = await createContract(
      db,
      {
        input: {
          ...contractDraftInput(
            {
              customerId: customer.id,
              lines: [
                line(switchgear.id, '低压开关柜', 'MNS-400', '台', 4, 4_800_000),
                line(meter.id, '智能电能表', 'DTZY-100', '只', 10, 120_000),
              ],
            },
            [],
          ),
          title: '浦江变电站低压配电设备采购合同',
        },
      },
      as(clerk),
    )
    const take = (action: 'submitLegal' | 'legalPass' | 'sign' | 'file', payload: object, actor = clerk) =>
      contractAction(db, { id: contract.id, action, payload }, as(actor))
    await take('submitLegal', {})
    await take('legalPass', { legalOpinion: '合法合规', riskAssessment: '风险可控' }, legal)
    await take('sign', { signedOn: todayIso(new Date()), openPointsConfirmed: true })
    const scan = await addAttachment(
      db,
      {
        owner: { table: 'contracts', id: contract.id },
        stored: { sha256: 'e2e0'.repeat(16), mime: 'application/pdf', bytes: 1024 },
        fileName: '销售合同签字盖章件.pdf',
      },
      as(clerk),
    )
    await take('file', { signedScanId: scan.id })
    return { id: contract.id, number: contract.number, switchgearId: switchgear.id }
  } finally {
    db.close()
  }
}

/** 入库: `qty` units of a product into the company's store today. */
export async function seedStockIn(req: { productId: string; qty: number }): Promise<void> {
  const db = new DeskDb()
  try {
    await receiveStock(
      db,
      {
        input: {
          productId: req.productId,
          kind: 'in',
          date: todayIso(new Date()),
          qty: req.qty,
          sourceNumber: 'RK-E2E-001',
          handledBy: '李晓',
          note: '施耐德到货入库',
        },
      },
      as(clerk),
    )
  } finally {
    db.close()
  }
}
