/**
 * The documents of the contract procedure, built from what is stored now:
 * the company profile (the seller), the customer archive, the party names
 * setting, and the record with its lines, milestones and decisions. The
 * builders (shared/procedures/contracts/documents) are pure; this is where the data for
 * them is read.
 */
import {
  approvalFormDocument,
  changeAgreementDocument,
  contractDocument,
  type DocumentParty,
  quotationDocument,
} from '@shared/procedures/contracts/documents'
import type { DocumentModel } from '@shared/documents/documentModel'
import { AppFailure } from '@shared/errors/appFailure'
import { COMPANY_ID, liveRows } from '@shared/types/records'
import type { DeskDb } from '../../../data/db'
import { allApprovals } from '../../../data/repositories/contracts/approvalsRepo'
import { liveLines, liveMilestones } from '../../../data/repositories/contracts/childLines'
import { readSettings } from '../../../data/repositories/settingsRepo'

function party(row: Partial<DocumentParty> | undefined): DocumentParty {
  return {
    name: row?.name ?? '',
    uscc: row?.uscc ?? '',
    address: row?.address ?? '',
    phone: row?.phone ?? '',
    bankName: row?.bankName ?? '',
    bankAccount: row?.bankAccount ?? '',
  }
}

async function parties(db: DeskDb, customerId: string) {
  const [company, customer, settings] = await Promise.all([
    db.company.get(COMPANY_ID),
    db.customers.get(customerId),
    readSettings(db),
  ])
  return {
    seller: party(company),
    customer: party(customer as Partial<DocumentParty> | undefined),
    partyNames: settings['contracts.partyNames'],
  }
}

async function must<T>(row: Promise<T | undefined>, table: string, id: string): Promise<T> {
  const found = await row
  if (!found) throw new AppFailure('data.notFound', 'errors.data.notFound', { table, id })
  return found
}

export async function contractModel(db: DeskDb, id: string, issuedAt: string): Promise<DocumentModel> {
  const contract = await must(db.contracts.get(id), 'contracts', id)
  const [lines, milestones, p, changes] = await Promise.all([
    liveLines(db, id),
    liveMilestones(db, id),
    parties(db, contract.customerId),
    db.contractChanges.where('contractId').equals(id).toArray(),
  ])
  // The signed agreement that made the current version (signChange sets the contract's version to its own).
  const changedBy = liveRows(changes).find((ch) => ch.step === 'signed' && ch.version === contract.version)
  return contractDocument({ contract, changedBy, lines, milestones, ...p, issuedAt })
}

/**
 * The name of the user who created a record, as the users table has it now;
 * '' (a blank for the hand) when that user is unknown on this PC.
 */
async function drafterName(db: DeskDb, userId: unknown): Promise<string> {
  if (typeof userId !== 'string' || !userId) return ''
  return (await db.users.get(userId))?.name ?? ''
}

export async function quotationModel(db: DeskDb, id: string, issuedAt: string): Promise<DocumentModel> {
  const quotation = await must(db.quotations.get(id), 'quotations', id)
  const [lines, p] = await Promise.all([liveLines(db, id), parties(db, quotation.customerId)])
  return quotationDocument({ quotation, lines, seller: p.seller, customer: p.customer, issuedAt })
}

export async function changeModel(db: DeskDb, id: string, issuedAt: string): Promise<DocumentModel> {
  const change = await must(db.contractChanges.get(id), 'contractChanges', id)
  const contract = await must(db.contracts.get(change.contractId), 'contracts', change.contractId)
  const [linesAfter, milestones, p] = await Promise.all([
    liveLines(db, id),
    liveMilestones(db, id),
    parties(db, contract.customerId),
  ])
  return changeAgreementDocument({
    change,
    contract,
    linesBefore: change.linesBefore,
    linesAfter,
    milestones,
    ...p,
    issuedAt,
  })
}

const subjectKinds = { contracts: 'contract', contractChanges: 'change', phoneOrders: 'phoneOrder' } as const

/**
 * 合同审批表: every approval the subject required in its current round and
 * the decisions on them. The 经办人 is who drafted the subject (its
 * createdBy), not whoever prints the form: the form records who asked for
 * the approval, and anyone may print it later.
 */
export async function approvalFormModel(
  db: DeskDb,
  table: keyof typeof subjectKinds,
  id: string,
  issuedAt: string,
): Promise<DocumentModel> {
  const company = await db.company.get(COMPANY_ID)
  const subject = await must(
    db.table(table).get(id) as Promise<Record<string, unknown> | undefined>,
    table,
    id,
  )
  const round = Number(subject.approvalRound ?? 1)
  const all = (await allApprovals(db, id)).filter((a) => a.round === round)
  const customerId = String(subject.customerId ?? '')
  const contract =
    table === 'contractChanges' ? await db.contracts.get(String(subject.contractId)) : undefined
  const customer = await db.customers.get(customerId || contract?.customerId || '')
  const title =
    table === 'contracts'
      ? String(subject.title)
      : table === 'contractChanges'
        ? String(subject.reason)
        : String(subject.reasonNoContract)
  const amountFen = Number(table === 'contractChanges' ? subject.totalAfterFen : subject.totalFen)
  return approvalFormDocument({
    subject: {
      kind: subjectKinds[table],
      number: String(subject.number),
      title,
      contractNumber: contract?.number,
      amountFen,
    },
    customerName: String(customer?.name ?? ''),
    legal:
      table === 'contracts' && subject.legalOn
        ? {
            opinion: String(subject.legalOpinion),
            riskAssessment: String(subject.riskAssessment),
            by: String(subject.legalBy),
            on: String(subject.legalOn),
          }
        : undefined,
    required: (subject.requiredApprovals ?? []) as never,
    decisions: all,
    round,
    company: company?.name ?? '',
    preparedBy: await drafterName(db, subject.createdBy),
    issuedAt,
  })
}
