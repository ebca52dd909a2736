/**
 * One procedure of the department's rules, declared once
 * (ARCHITECTURE.md "Procedures"): its tables, the machine of each record
 * kind with its checklists, its deadlines, its printed documents and its
 * sheets in the archive export. Everything here is the rule; screens and the
 * database read it through the registries (shared/procedures/index.ts,
 * shared/tables/tableSpecs.ts) and never name a table.
 */
import type { DocumentModel } from '../../documents/documentModel'
import type { SheetModel } from '../../spreadsheet/sheetModel'
import type { Checklists } from './checklist'
import type { DeadlineRule } from './deadlines'
import type { MachineContext, MachineShape, Transition } from './machine'
import type { DeriveSpec, NumberedField, RefTarget, TableSpec, UniqueKey } from './tableSpec'

/** A table spec of any row type, as the registries read it. */
export type AnyTableSpec = Omit<
  TableSpec,
  | 'nameFields'
  | 'valueWords'
  | 'valueFormats'
  | 'refs'
  | 'fieldGroups'
  | 'uniqueKeys'
  | 'numbered'
  | 'mergeMax'
> & {
  nameFields: readonly string[]
  valueWords?: Readonly<Record<string, string | undefined>>
  valueFormats?: Readonly<Record<string, string | undefined>>
  refs?: Readonly<Record<string, RefTarget | undefined>>
  uniqueKeys?: readonly (Omit<UniqueKey, 'fields'> & { fields: readonly string[] })[]
  numbered?: Omit<NumberedField, 'field'> & { field: string }
  fieldGroups?: Readonly<Record<string, readonly string[]>>
  mergeMax?: readonly string[]
}

/**
 * Where a machine's records wait for the approvals engine (shared/approvals),
 * and what the engine's outcome does to a record: the machine's own action
 * for a round approved, or refused, taken with `engine: true`.
 */
export interface ApprovalBinding {
  waitingStep: string
  outcome(
    record: Readonly<Record<string, unknown>>,
    decided: 'approved' | 'rejected',
    ctx: MachineContext,
  ): Transition<string, object>
}

/** A record kind: its table, its machine and what each step asks. */
export interface RecordKind {
  table: string
  machine: MachineShape
  checklists?: Checklists<string>
  /** Present when its records wait for required approvals. */
  approval?: ApprovalBinding
}

type Row = Readonly<Record<string, unknown>>

/** What an archive export gives a procedure's workbook. */
export interface ArchiveSheetContext {
  /** Live rows of the procedure's `archive.tables`. */
  rows: Readonly<Record<string, readonly Row[]>>
  /** A record's name (a customer's name) by table and id, '' when unknown. */
  nameOf(table: string, id: string): string
  /** 归档 YYYY-MM-DD. */
  subtitle: string
}

export interface ProcedureDef {
  id: string
  /** i18n key of the procedure's name (its section in the menu). */
  nameKey: string
  tables: Readonly<Record<string, AnyTableSpec>>
  /**
   * Derived fields it keeps on another procedure's tables, read from its own
   * rows (a contract's shipping state, from its shipments): joined with the
   * table's own derivation in the registry (shared/tables/tableSpecs.ts).
   */
  keepsOn?: Readonly<Record<string, DeriveSpec>>
  kinds: Readonly<Record<string, RecordKind>>
  deadlines: readonly DeadlineRule[]
  /** Its printed documents, each a pure builder of a document model. */
  documents: Readonly<Record<string, (input: never) => DocumentModel>>
  /** Its workbook in the archive export: the tables it reads and the sheets it lays out. */
  archive?: {
    fileName: string
    tables: readonly string[]
    sheets(ctx: ArchiveSheetContext): SheetModel[]
  }
}

/** Declares a procedure; the literal keeps its table names and row types for the registries. */
export function defineProcedure<const P extends ProcedureDef>(procedure: P): P {
  return procedure
}
