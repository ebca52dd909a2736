/**
 * The registry of procedures (ARCHITECTURE.md "Procedures"): every procedure
 * of the department's rules, declared once in its folder and listed here.
 * Generic code — sync, audit, conflicts, attachments, archive export, menu,
 * dashboard — reads this list; adding a procedure is its folder and a line
 * here (README "Adding a procedure").
 */
import { collectionsProcedure } from './collections'
import { contractsProcedure } from './contracts'
import type { RecordKind } from './kit/defineProcedure'
import { invoicingProcedure } from './invoicing'
import { shippingProcedure } from './shipping'

export const procedures = [
  contractsProcedure,
  shippingProcedure,
  invoicingProcedure,
  collectionsProcedure,
] as const

export type Procedure = (typeof procedures)[number]

/** Every record kind of every procedure, by the table its records live in. */
export const recordKinds: ReadonlyMap<string, RecordKind> = new Map(
  procedures.flatMap((p) => Object.values(p.kinds).map((k): [string, RecordKind] => [k.table, k])),
)
