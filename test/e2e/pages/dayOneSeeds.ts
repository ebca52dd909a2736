/**
 * Records the day-one spec needs, put on record in the page through the
 * repositories the screens use (run with pageBundle.ts runInPage). This file
 * must import Playwright for types only.
 */
import type { Actor } from '../../../shared/auth/permissions'
import { emptyValues } from '../../../shared/masterData/fieldSpec'
import { archiveSpecs } from '../../../shared/masterData/archiveSpecs'
import { contractDraftInput } from '../../../shared/procedures/contracts/schema'
import { DeskDb } from '../../../renderer/src/data/db'
import { saveArchive } from '../../../renderer/src/data/repositories/archivesRepo'
import {
  contractAction,
  createContract,
} from '../../../renderer/src/data/repositories/contracts/contractsRepo'

const clerk: Actor = { userId: 'U-E2E-CLERK', name: '李晓', roles: ['clerk'] }
const legal: Actor = { userId: 'U-E2E-LEGAL', name: '周法务', roles: ['legal'] }
const now = () => ({ now: new Date() })

/**
 * Two contracts for 上海浦江电力工程有限公司: one submitted to legal (its number
 * first), and one below the quote that legal passed, waiting for the commerce
 * manager's approval.
 */
export async function seedReviewAndApproval(): Promise<string[]> {
  const db = new DeskDb()
  try {
    const customer = await saveArchive(
      db,
      {
        table: 'customers',
        id: null,
        input: { ...emptyValues(archiveSpecs.customers.fields), name: '上海浦江电力工程有限公司' },
      },
      { actor: clerk, ...now() },
    )
    const line = (quotedUnitFen: number | null, unitFen: number) => ({
      productId: '',
      name: '低压开关柜',
      spec: 'MNS-400',
      unit: '台',
      qty: 10,
      quotedUnitFen,
      unitFen,
      discountBp: 0,
      taxRateBp: 1300,
      note: '',
    })
    const contract = async (quoted: number | null, unitFen: number) =>
      createContract(
        db,
        { input: contractDraftInput({ customerId: customer.id, lines: [line(quoted, unitFen)] }, []) },
        { actor: clerk, ...now() },
      )
    const inReview = await contract(null, 4_800_000)
    await contractAction(
      db,
      { id: inReview.id, action: 'submitLegal', payload: {} },
      { actor: clerk, ...now() },
    )
    const belowQuote = await contract(4_800_000, 4_320_000)
    await contractAction(
      db,
      { id: belowQuote.id, action: 'submitLegal', payload: {} },
      { actor: clerk, ...now() },
    )
    await contractAction(
      db,
      {
        id: belowQuote.id,
        action: 'legalPass',
        payload: { legalOpinion: '合法合规', riskAssessment: '可控' },
      },
      { actor: legal, ...now() },
    )
    return [inReview.number, belowQuote.number]
  } finally {
    db.close()
  }
}
