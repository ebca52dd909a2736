/**
 * What must be true before a record leaves a step, each item quoting the
 * department's rule as written and where it is written
 * (../shared/procedures-source.txt), so a clerk sees why the step asks it.
 */
export interface ChecklistItem {
  id: string
  /** The department's rule, as written. */
  rule: string
  /** The document and clause it comes from. */
  source: string
}

/** A machine's checklists by step; a step without one has nothing to confirm. */
export type Checklists<S extends string> = Partial<Record<S, readonly ChecklistItem[]>>
