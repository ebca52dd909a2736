/**
 * 票据交接签收单 as a machine: the clerk lists the bills in hand and gives
 * them to finance; finance signs — in the app, or on the printed slip whose
 * scan the clerk then attaches with the signer's name — and from then on
 * the bills are finance's (the repository writes the slip's id into each
 * receipt's `handoverId` in the same transaction). Both ways leave the same
 * trace. A slip not yet signed may be voided; a signed one is final.
 * 制度：销售内勤要在当日将相关票据交财务部签收.
 */
import type { Role } from '../../../auth/roles'
import { defineMachine } from '../../kit/machine'
import { type FieldProblem, pastDay, requiredText } from '../../kit/problems'
import { type BillReceiptOf, handoverProblems } from '../bills'
import { collectionsPermissions } from '../permissions'
import { type BillHandoverRecord, type BillHandoverStep, billHandoverSteps } from '../records'

/** A slip as its machine sees it: the record, the receipts it lists (by id), its live scans. */
export interface BillHandoverFacts extends Pick<
  BillHandoverRecord,
  'id' | 'step' | 'handedOn' | 'receivedBy' | 'receiptIds'
> {
  receipts: ReadonlyMap<string, BillReceiptOf>
  /** Ids of the slip's live attachments: a paper signature's scan must be one of them. */
  scans: ReadonlySet<string>
}

export type BillHandoverAction = 'sign' | 'recordPaper' | 'void'

export interface BillHandoverPayloads {
  sign: object
  /** Finance signed the printed slip: who, when, and the scan. */
  recordPaper: { receivedBy: string; signedOn: string; signedScanId: string }
  void: { reason: string }
}

const clerks: readonly Role[] = collectionsPermissions['collections.handover']
const finance: readonly Role[] = collectionsPermissions['collections.signBills']

function paperProblems(f: BillHandoverFacts, p: BillHandoverPayloads['recordPaper'], today: string) {
  const problems: FieldProblem[] = [...pastDay('signedOn', p.signedOn, today)]
  if (p.signedOn && f.handedOn && p.signedOn < f.handedOn)
    problems.push({ field: 'signedOn', messageKey: 'collectionsValidation.signedBeforeHanded' })
  if (!f.scans.has(p.signedScanId))
    problems.push({ field: 'signedScanId', messageKey: 'collectionsValidation.scanMissing' })
  return problems
}

export const billHandoverMachine = defineMachine<
  BillHandoverStep,
  BillHandoverAction,
  BillHandoverFacts,
  BillHandoverPayloads,
  BillHandoverRecord
>({
  kind: 'billHandover',
  stateField: 'step',
  states: billHandoverSteps,
  initial: 'draft',
  ended: ['signed', 'voided'],
  editableIn: ['draft'],
  notEditable: { code: 'billHandovers.signed', messageKey: 'collectionsErrors.billHandovers.signed' },
  stateOf: (facts) => facts.step,
  actions: {
    // Finance signs as the signed-in user: the signer is who signs.
    sign: {
      from: ['draft'],
      to: 'signed',
      who: finance,
      check: ({ facts, ctx, today }) =>
        handoverProblems({ ...facts, receivedBy: ctx.actor.name }, facts.receipts, today),
      patch: ({ ctx, today }) => ({ receivedBy: ctx.actor.name, signedOn: today, signedScanId: '' }),
    },
    recordPaper: {
      from: ['draft'],
      to: 'signed',
      who: clerks,
      check: ({ facts, payload, today }) => [
        ...handoverProblems({ ...facts, receivedBy: payload.receivedBy }, facts.receipts, today),
        ...paperProblems(facts, payload, today),
      ],
      patch: ({ payload }) => ({
        receivedBy: payload.receivedBy.trim(),
        signedOn: payload.signedOn,
        signedScanId: payload.signedScanId,
      }),
    },
    void: {
      from: ['draft'],
      to: 'voided',
      who: clerks,
      check: ({ payload }) => requiredText('reason', payload.reason),
      patch: ({ payload }) => ({ voidReason: payload.reason.trim() }),
    },
  },
})
