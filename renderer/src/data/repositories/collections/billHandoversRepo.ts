/**
 * 票据交接签收单 (DOMAIN.md §4; 制度：对于收到的支票、承兑汇票、银行汇票销售内勤要在当日将相关票据交财务部签收):
 * the clerk lists bills not yet with finance on a numbered slip (PJ-…),
 * and each listed receipt names the slip (`handoverId`) in the same
 * transaction, so no bill goes on two slips; finance signs in the app, or
 * the clerk records finance's signature on the printed slip with its scan;
 * voiding a slip not yet signed gives its bills back to the waiting list.
 * Thin: load the facts, the domain and the machine decide, one write.
 */
import { assertCan } from '@shared/auth/permissions'
import { todayIso } from '@shared/kernel/workdays'
import { handoverProblems } from '@shared/procedures/collections/bills'
import {
  type BillHandoverAction,
  type BillHandoverFacts,
  type BillHandoverPayloads,
  billHandoverMachine,
} from '@shared/procedures/collections/machines/billHandover'
import { collectionsNumberPatterns } from '@shared/procedures/collections/numbering'
import type { BillHandoverRecord, ReceiptRecord } from '@shared/procedures/collections/records'
import { billHandoverInputSchema } from '@shared/procedures/collections/schema'
import { liveRows } from '@shared/types/records'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { deriveNow } from '../../deriveNow'
import { takeNumber } from '../../numbering'
import { runWrite, type Writer, type WriteContext } from '../../unitOfWork'
import { listAttachments } from '../attachmentsRepo'
import { allowed, machineContext, refuseProblems } from '../takeTransition'

/** The receipts named, by id (tombstoned ones too: the rules say why they cannot be listed). */
export async function receiptsById(db: DeskDb, ids: readonly string[]): Promise<Map<string, ReceiptRecord>> {
  const rows = await db.receipts.bulkGet([...new Set(ids)])
  return new Map(rows.flatMap((r) => (r ? [[r.id, r] as const] : [])))
}

/** The slip as its machine sees it: its bills' receipts and its live scans. */
export async function billHandoverFacts(
  db: DeskDb,
  slip: Pick<BillHandoverRecord, 'id' | 'step' | 'handedOn' | 'receivedBy' | 'receiptIds'>,
): Promise<BillHandoverFacts> {
  const [receipts, scans] = await Promise.all([
    receiptsById(db, slip.receiptIds),
    listAttachments(db, { table: 'billHandovers', id: slip.id }),
  ])
  return {
    id: slip.id,
    step: slip.step,
    handedOn: slip.handedOn,
    receivedBy: slip.receivedBy,
    receiptIds: slip.receiptIds,
    receipts,
    scans: new Set(liveRows(scans).map((a) => a.id)),
  }
}

/**
 * Sets each receipt's slip (or '' to give it back) and, once finance has
 * signed, the day it did (`handedOverOn`): only then is the bill off the
 * waiting list and finance may confirm its money.
 */
async function setSlipOf(
  w: Writer,
  db: DeskDb,
  receiptIds: readonly string[],
  handoverId: string,
  handedOverOn = '',
) {
  for (const id of receiptIds) {
    const receipt = await w.get('receipts', id)
    if (!receipt || receipt.deletedAt) continue
    if (receipt.handoverId === handoverId && (receipt.handedOverOn ?? '') === handedOverOn) continue
    await w.updateRow('receipts', receipt, { handoverId, handedOverOn })
    await deriveNow(w, db, 'receipts', id)
  }
}

/**
 * A new slip of the bills chosen, handed over on `handedOn` (today or a
 * day before, never before a bill arrived) by the signed-in clerk. A
 * transfer, a voided receipt, a bill listed twice or already on another
 * slip is refused at its line. Finance's signer is named when finance
 * signs, not here.
 */
export async function createBillHandover(
  db: DeskDb,
  req: { input: unknown },
  ctx: WriteContext,
): Promise<BillHandoverRecord> {
  assertCan(ctx.actor, 'collections.handover')
  // No bill at all gets the domain's words (请至少选择一张票据), not the schema's bare 此项必填.
  const ids = (req.input as { receiptIds?: unknown } | null)?.receiptIds
  if (Array.isArray(ids) && ids.length === 0)
    refuseProblems([{ field: 'receiptIds', messageKey: 'collectionsValidation.noBills' }])
  const input = parseOrFail(billHandoverInputSchema, req.input)
  return runWrite(db, ctx, async (w) => {
    const today = todayIso(ctx.now)
    const receipts = await receiptsById(db, input.receiptIds)
    refuseProblems(
      handoverProblems({ id: '', ...input }, receipts, today).filter((p) => p.field !== 'receivedBy'),
    )
    const number = await takeNumber(w, db, 'billHandover', collectionsNumberPatterns.billHandover, today)
    const slip = await w.create('billHandovers', {
      number,
      handedOn: input.handedOn,
      handedBy: ctx.actor.name,
      receivedBy: input.receivedBy,
      receiptIds: input.receiptIds,
      signedScanId: '',
      step: billHandoverMachine.initial,
      signedOn: '',
      voidReason: '',
    })
    await setSlipOf(w, db, input.receiptIds, slip.id)
    return slip
  })
}

/**
 * Takes one step: 财务签收 (finance, as itself), 登记纸面签收 (the clerk:
 * finance's signer, the day and the signed scan), 作废 (with a reason; the
 * bills go back to waiting for finance).
 */
export async function billHandoverAction<A extends BillHandoverAction>(
  db: DeskDb,
  req: { id: string; action: A; payload: BillHandoverPayloads[A] },
  ctx: WriteContext,
): Promise<BillHandoverRecord> {
  return runWrite(db, ctx, async (w) => {
    const slip = await w.getLive('billHandovers', req.id)
    const [facts, mctx] = await Promise.all([billHandoverFacts(db, slip), machineContext(db, ctx)])
    const patch = allowed(
      billHandoverMachine.transition(facts, req.action, req.payload, mctx),
      'billHandovers',
      req.action,
    )
    const after = await w.updateRow('billHandovers', slip, patch)
    // Signed: every bill is finance's (already held by this slip since it was made; the checks made sure).
    if (after.step === 'signed')
      await setSlipOf(w, db, slip.receiptIds, slip.id, after.signedOn || todayIso(ctx.now))
    if (after.step === 'voided') {
      const held = slip.receiptIds.filter((id) => facts.receipts.get(id)?.handoverId === slip.id)
      await setSlipOf(w, db, held, '')
    }
    return after
  })
}
