/**
 * What the generic code needs to know of a synced table (ARCHITECTURE.md
 * "Procedures"): who may edit it, which of its fields are derived, which
 * change together, what it is called and how its values read. Sync, the
 * audit log, conflicts, attachments, the archive export and the menu read
 * these specs and never name a table.
 */
import type { Permission } from '../../auth/permissions'
import type { FieldSpec } from '../../masterData/fieldSpec'

type Row = Readonly<Record<string, unknown>>

/** How a table's derived fields are worked out again from its row (and its children's rows). */
export interface DeriveSpec {
  /** The derived fields it writes. */
  fields: readonly string[]
  /** A child table whose live rows (by `parentId`, in `position` order) the values come from. */
  children?: string
  /**
   * The field of the child naming this row, when it is not the child's own
   * parent link: a product's stock movements say `productId` and belong to
   * no parent, yet the product's stock row sums them.
   */
  childIdField?: string
  /**
   * Other tables whose live rows naming this record the values also read,
   * with the field that names it: a contract's shipping state reads its
   * purchase orders, shipments and shipment lines by `contractId`. A write
   * to any of them works the record out again, locally and on apply.
   */
  related?: Readonly<Record<string, string>>
  /**
   * Fields of the record itself that a derivation reading `related` tables
   * reads: a local change to one works it out again (a delivered-on date).
   */
  reads?: readonly string[]
  /**
   * Fields of its parent (by its parent link), in the parent tables named,
   * that the values read; the parent row comes as `related[PARENT_ROW]`. A
   * change to one of them works the children out again: a milestone is
   * owed only while its contract owes money.
   */
  parentReads?: { tables: readonly string[]; fields: readonly string[] }
  /**
   * Works out the derived values. `keptSearch`: the stored search text of a
   * record none of whose `searchNames` changed, so its pinyin may be kept.
   * `related`: the rows of each `related` table naming the record.
   */
  compute(
    row: Row,
    children: readonly Row[],
    keptSearch: string | undefined,
    related: Readonly<Record<string, readonly Row[]>>,
  ): Record<string, unknown>
  /** Fields whose change means the search text's pinyin must be worked out again. */
  searchNames?: readonly string[]
}

/** The key of `related` that holds a derivation's parent row (DeriveSpec.parentReads). */
export const PARENT_ROW = '^parent'

/**
 * Two derivations of one table as one: a procedure keeping derived fields
 * on another's table (ProcedureDef.keepsOn) reads the same children, and
 * the values of both are kept.
 */
export function joinDerives(own: DeriveSpec | undefined, kept: DeriveSpec): DeriveSpec {
  if (!own) return kept
  if (kept.children && kept.children !== own.children)
    throw new Error(`a kept derivation reads ${kept.children}, the table's own reads ${own.children}`)
  return {
    ...own,
    fields: [...own.fields, ...kept.fields],
    related: { ...own.related, ...kept.related },
    reads: [...(own.reads ?? []), ...(kept.reads ?? [])],
    compute: (row, children, keptSearch, related) => ({
      ...own.compute(row, children, keptSearch, related),
      ...kept.compute(row, children, keptSearch, related),
    }),
  }
}

/** How a child row names its parent. */
export interface ParentLink {
  /** The parent's table, or the field holding it when a child has parents of several tables. */
  table: { field: string } | { is: string }
  /** The field holding the parent's id. */
  idField: string
}

/** The table a reference points into, or the field of the same row naming it. */
export type RefTarget = string | { field: string }

/** A table's Dexie store, for tables added after schema 7 (db.ts declares the older ones by hand). */
export interface StoreSpec {
  /** The Dexie version that adds the store; every version is kept. */
  since: number
  /** Indexes after the primary key `id` (Dexie syntax: `customerId, step, [a+b]`). */
  indexes: string
  /** Its indexes from a later version on (every one, not only the new): a check's compound index. */
  reindexed?: { since: number; indexes: string }
}

/**
 * How a person settles two live records that share a business key:
 * 'renumber' gives one a fresh number from this PC's block (its table's
 * `numbered` series), 'rename' types a new value for the key, 'merge' keeps
 * one and 停用s the other (nothing is deleted, so what names the other still
 * reads), 'keepBoth' records a reason that every PC reads.
 */
export type DuplicateSettlement = 'renumber' | 'rename' | 'merge' | 'keepBoth'

/**
 * A business key (SYNC.md "Joining, keys and numbers"): fields whose values
 * identify one record. Two live records sharing a non-empty value are
 * flagged on every PC and never merged by themselves; a person with the
 * table's edit right settles them. Each key has a Dexie index of its own:
 * the field, or `[a+b]` for several.
 */
export interface UniqueKey<R extends object = object> {
  fields: readonly (keyof R & string)[]
  /** The settlements offered, in the order the page shows them. */
  settle: readonly DuplicateSettlement[]
  /** 'rename': whether a typed value is one the table's form accepts (an account's letters and length). */
  accepts?: (value: string) => boolean
}

/** A field numbered from this PC's block of a series (renderer/src/data/numbering.ts takeNumber). */
export interface NumberedField<R extends object = object> {
  field: keyof R & string
  /** The series and its pattern, read from the department's settings. */
  series(settings: Readonly<Record<string, unknown>>): { kind: string; pattern: string }
}

declare const rowType: unique symbol

export interface TableSpec<R extends object = object> {
  /** Type only: the table's row. */
  readonly [rowType]?: R
  /** i18n key of the table's name: the one place a table is named. */
  nameKey: string
  /** i18n key prefix of its fields' labels (`contractFields` → `contractFields.number`). */
  fieldsKey: string
  /** The right to edit its records, and so to settle their sync conflicts. */
  edit: Permission
  /** Fields whose values are codes, each with the i18n key prefix of its words (`step` → `contracts.steps`). */
  valueWords?: Readonly<Partial<Record<keyof R & string, string>>>
  /**
   * Fields whose value is a number read inside a sentence: the i18n key of
   * that sentence, given `{{n}}` (an approval's `step` 2 → 第 2 步).
   */
  valueFormats?: Readonly<Partial<Record<keyof R & string, string>>>
  /**
   * Fields holding another record's id, with that record's table (or the
   * field naming it), so a value reads as the record's name: the customer,
   * the contract number, the scan's file name. A child's parent link is one
   * already.
   */
  refs?: Readonly<Partial<Record<keyof R & string, RefTarget>>>
  /** Archives: their field specs, so a value reads as in the form (选项名, ¥1,280.00). */
  fieldSpecs?: readonly FieldSpec[]
  /** Tables of one row per key (settings): the i18n key of each row's value, by row id. */
  rowLabels?: Readonly<Record<string, string>>
  /** Fields that name a record to a person; the first one not empty wins (合同号, 名称, 账号). */
  nameFields: readonly (keyof R & string)[]
  /** Derived fields (stored, never logged, synced or audited; each PC works them out). */
  derive?: DeriveSpec
  /** SYNC.md field groups: fields that are last-writer-wins as one value. */
  fieldGroups?: Readonly<Record<string, readonly (keyof R & string)[]>>
  /**
   * Counters: fields that merge as the highest value seen rather than as the
   * last writer's (SYNC.md "Numbers"), so a counter never goes backwards
   * through sync and never makes a conflict.
   */
  mergeMax?: readonly (keyof R & string)[]
  /** A child table's link to its parent. */
  parent?: ParentLink
  /**
   * Rows every PC makes alike: the id says what the row is about (a
   * product's stock row has the product's id) and the row holds only
   * derived values, so its create carries no values and the same row made
   * on two PCs before they sync merges without a conflict.
   */
  madeAlike?: true
  /** Records of this table carry attachments; the right to add and remove them. */
  attach?: Permission
  /** Business keys: a second live record with the same value is flagged as a duplicate. */
  uniqueKeys?: readonly UniqueKey<R>[]
  /** The field a 'renumber' settlement takes a fresh number for. */
  numbered?: NumberedField<R>
  store?: StoreSpec
}

/** Declares a table's spec with its row type (`tableSpec<ContractRecord>()({...})`). */
export const tableSpec =
  <R extends object>() =>
  <S extends TableSpec<R>>(spec: S): S & TableSpec<R> =>
    spec

/** The row type a spec was declared with. */
export type RowOfSpec<S> = S extends TableSpec<infer R> ? R : never
