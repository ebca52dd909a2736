/**
 * Loads one 报价单 or 电话/传真订货 with its lines, live: undefined while
 * loading, false when it is not there (or deleted), and an empty record for
 * 'new'. `more` adds what the form needs besides (the quotation's default
 * validity), read in the same query so the form starts with all of it.
 */
import type { PhoneOrderRecord, QuotationRecord, TradeLineRecord } from '@shared/procedures/contracts/records'
import { isLive } from '@shared/types/records'
import { appDb, type DeskDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { liveLines } from '../../../data/repositories/contracts/childLines'
import type { Loading } from './TradeRecordShell'

interface Rows {
  quotations: QuotationRecord
  phoneOrders: PhoneOrderRecord
}

export interface TradeLoaded<R> {
  row: R | null
  lines: TradeLineRecord[]
}

export function useTradeRecord<T extends keyof Rows, E extends object>(
  table: T,
  id: string,
  more: (db: DeskDb) => Promise<E>,
): Loading<TradeLoaded<Rows[T]> & E> {
  return useLiveQuery(async () => {
    const db = appDb()
    const extra = await more(db)
    if (id === 'new') return { row: null, lines: [], ...extra }
    const row = (await db.table(table).get(id)) as Rows[T] | undefined
    if (!row || !isLive(row)) return false
    return { row, lines: await liveLines(db, id), ...extra }
  }, [id])
}
