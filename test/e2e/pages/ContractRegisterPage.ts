/**
 * Page model: 合同登记册, and the contracts the spec needs on record.
 *
 * Until the contract screens exist, contracts are put on record in the page
 * itself through the very repositories the screens use (each step with its
 * role's checks, written through the unit of work with audit entries):
 * `seedContracts` is bundled by the spec and run in the page. This file must
 * therefore import Playwright for types only.
 */
import type { Locator, Page } from '@playwright/test'
import { archiveSpecs } from '../../../shared/masterData/archiveSpecs'
import { emptyValues } from '../../../shared/masterData/fieldSpec'
import type { Actor } from '../../../shared/auth/permissions'
import { DeskDb } from '../../../renderer/src/data/db'
import { saveArchive } from '../../../renderer/src/data/repositories/archivesRepo'
import { addAttachment } from '../../../renderer/src/data/repositories/attachmentsRepo'
import { liveMilestones } from '../../../renderer/src/data/repositories/contracts/childLines'
import {
  contractAction,
  createContract,
  updateMilestone,
} from '../../../renderer/src/data/repositories/contracts/contractsRepo'

export class ContractRegisterPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.locator('.mantine-AppShell-navbar').getByText('合同登记册', { exact: true }).click()
  }

  heading(): Locator {
    return this.page.getByRole('heading', { name: '合同登记册', exact: true })
  }

  table(): Locator {
    return this.page.getByRole('table', { name: '合同登记册' })
  }

  rows(): Locator {
    return this.table().locator('tbody tr')
  }

  total(): Locator {
    return this.page.getByTestId('register-total')
  }

  status(): Locator {
    return this.page.getByTestId('register-status')
  }

  month(): Locator {
    return this.page.getByRole('combobox', { name: '登记月份' })
  }

  async chooseMonth(label: string): Promise<void> {
    await this.month().click()
    await this.page.getByRole('option', { name: label, exact: true }).click()
  }
}

/** One contract to put on record: signed on `signedOn`, then optionally filed. */
export interface SeedContract {
  customer: string
  title: string
  signedOn: string
  /** Unit price (tax included), fen, of its one line of 10 units. */
  unitFen: number
  filed?: boolean
  deliveryDueOn?: string
  /** The advance payment's (30 %) due date. */
  advanceDueOn?: string
}

export interface SeedPlan {
  customers: string[]
  contracts: SeedContract[]
}

const clerk: Actor = { userId: 'U-E2E-CLERK', name: '李晓', roles: ['clerk'] }
const legal: Actor = { userId: 'U-E2E-LEGAL', name: '周法务', roles: ['legal'] }
const keeper: Actor = { userId: 'U-E2E-ARCH', name: '孙档案', roles: ['archivist'] }

/** Runs in the page: customers, then each contract walked from draft to 已签订 (and 已归档). */
export async function seedContracts(plan: SeedPlan): Promise<string[]> {
  const db = new DeskDb()
  try {
    const customerIds = new Map<string, string>()
    for (const name of plan.customers) {
      const values = { ...emptyValues(archiveSpecs.customers.fields), name }
      const row = await saveArchive(
        db,
        { table: 'customers', id: null, input: values },
        { actor: clerk, now: new Date() },
      )
      customerIds.set(name, row.id)
    }
    const numbers: string[] = []
    for (const s of plan.contracts) {
      const at = (actor: Actor) => ({ actor, now: new Date(`${s.signedOn}T09:00:00+08:00`) })
      const c = await createContract(
        db,
        {
          input: {
            title: s.title,
            customerId: customerIds.get(s.customer) ?? '',
            signPlace: '杭州',
            deliveryTerms: '送货至甲方指定地点',
            deliveryDueOn: s.deliveryDueOn ?? '',
            warranty: '质保一年',
            clauses: [{ title: '争议解决', text: '协商不成向乙方所在地法院起诉。' }],
            nonStandardTerms: false,
            specialFees: false,
            specialFeesNote: '',
            lines: [
              {
                productId: '',
                name: '智能电表',
                spec: 'DTZ-341',
                unit: '台',
                qty: 10,
                quotedUnitFen: null,
                unitFen: s.unitFen,
                discountBp: 0,
                taxRateBp: 1300,
                note: '',
              },
            ],
            milestones: [
              {
                kind: 'advance',
                percentBp: 3000,
                dueRule: '合同签订后7日内',
                trigger: 'fixed',
                triggerDays: 0,
                dueOn: s.advanceDueOn ?? '',
              },
              {
                kind: 'delivery',
                percentBp: 7000,
                dueRule: '到货后30日内',
                trigger: 'delivered',
                triggerDays: 30,
                dueOn: '',
              },
            ],
          },
        },
        at(clerk),
      )
      await contractAction(db, { id: c.id, action: 'submitLegal', payload: {} }, at(clerk))
      await contractAction(
        db,
        { id: c.id, action: 'legalPass', payload: { legalOpinion: '合法合规', riskAssessment: '风险可控' } },
        at(legal),
      )
      await contractAction(
        db,
        { id: c.id, action: 'sign', payload: { signedOn: s.signedOn, openPointsConfirmed: true } },
        at(clerk),
      )
      if (s.filed) {
        const stored = { sha256: 'a'.repeat(64), bytes: 1000, mime: 'application/pdf' as const }
        const scan = await addAttachment(
          db,
          { owner: { table: 'contracts', id: c.id }, stored, fileName: '签字扫描件.pdf' },
          at(clerk),
        )
        await contractAction(db, { id: c.id, action: 'file', payload: { signedScanId: scan.id } }, at(keeper))
      }
      if (s.advanceDueOn) {
        const [advance] = await liveMilestones(db, c.id)
        await updateMilestone(
          db,
          { contractId: c.id, milestoneId: advance.id, patch: { dueOn: s.advanceDueOn } },
          at(clerk),
        )
      }
      numbers.push(c.number)
    }
    return numbers
  } finally {
    db.close()
  }
}
