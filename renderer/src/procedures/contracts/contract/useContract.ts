/** A contract with its live lines and milestones, for the contract page. */
import type { ContractRecord, MilestoneRecord, TradeLineRecord } from '@shared/procedures/contracts/records'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { liveLines, liveMilestones } from '../../../data/repositories/contracts/childLines'

export interface LoadedContract {
  contract: ContractRecord
  lines: TradeLineRecord[]
  milestones: MilestoneRecord[]
}

/** undefined while loading, null when there is no such contract. */
export function useContract(id: string): LoadedContract | null | undefined {
  return useLiveQuery(async () => {
    const db = appDb()
    const contract = await db.contracts.get(id)
    if (!contract) return null
    const [lines, milestones] = await Promise.all([liveLines(db, id), liveMilestones(db, id)])
    return { contract, lines, milestones }
  }, [id])
}
