/**
 * What the bills spec starts from, put on record in the page (run with
 * pageBundle.ts runInPage): a customer and two bills it paid with, as the
 * receipts repository would store them (its waiting-list index derived) —
 * a 银行承兑汇票 received today and a 支票 received on the last working day
 * before today, so overdue whatever day the spec runs. This file must
 * import Playwright for types only.
 */
import type { Actor } from '../../../shared/auth/permissions'
import { addDays } from '../../../shared/kernel/days'
import { isWorkday, todayIso } from '../../../shared/kernel/workdays'
import { emptyValues } from '../../../shared/masterData/fieldSpec'
import { archiveSpecs } from '../../../shared/masterData/archiveSpecs'
import type { ReceiptRecord } from '../../../shared/procedures/collections/records'
import type { Draft } from '../../../shared/types/records'
import { DeskDb } from '../../../renderer/src/data/db'
import { deriveNow } from '../../../renderer/src/data/deriveNow'
import { saveArchive } from '../../../renderer/src/data/repositories/archivesRepo'
import { runWrite } from '../../../renderer/src/data/unitOfWork'

const clerk: Actor = { userId: 'U-E2E-CLERK', name: '李晓', roles: ['clerk'] }

export interface SeededBills {
  today: string
  /** The last working day before today: the cheque's, overdue now. */
  lastWorkday: string
}

export async function seedBills(): Promise<SeededBills> {
  const db = new DeskDb()
  const ctx = { actor: clerk, now: new Date() }
  const today = todayIso(ctx.now)
  let lastWorkday = addDays(today, -1)
  while (!isWorkday(lastWorkday)) lastWorkday = addDays(lastWorkday, -1)
  try {
    const customer = await saveArchive(
      db,
      {
        table: 'customers',
        id: null,
        input: { ...emptyValues(archiveSpecs.customers.fields), name: '上海浦江电力工程有限公司' },
      },
      ctx,
    )
    const bill = (fields: Partial<ReceiptRecord>) =>
      runWrite(db, ctx, async (w) => {
        const r = await w.create('receipts', {
          customerId: customer.id,
          payer: '上海浦江电力工程有限公司',
          accountId: 'ACC-ICBC',
          drawer: '上海浦江电力工程有限公司',
          acceptor: '',
          billDueOn: '',
          step: 'pending',
          confirmedBy: '',
          confirmedOn: '',
          financeComment: '',
          customerToldOn: '',
          customerToldHow: '',
          handoverId: '',
          note: '',
          voidReason: '',
          voidedOn: '',
          ...fields,
        } as Draft<ReceiptRecord>)
        await deriveNow(w, db, 'receipts', r.id)
      })
    await bill({
      number: 'SK-E2E-0001',
      receivedOn: today,
      method: 'bankBill',
      amountFen: 6_120_000,
      billNo: '130158100001120260605123456789',
      acceptor: '中国工商银行上海浦东分行',
      billIssuedOn: today,
      billDueOn: addDays(today, 180),
    })
    await bill({
      number: 'SK-E2E-0002',
      receivedOn: lastWorkday,
      method: 'cheque',
      amountFen: 2_040_000,
      billNo: '10203340 00812345',
      billIssuedOn: lastWorkday,
    })
    return { today, lastWorkday }
  } finally {
    db.close()
  }
}
