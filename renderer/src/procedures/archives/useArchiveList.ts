/**
 * The rows a list shows: archived or not, filtered, sorted, then searched.
 * Each step is memoised on its own inputs, so a keystroke only re-runs the
 * search (string scans over the laid-out texts) and never the sort. The
 * box and the list update in one commit (ListSearchBox).
 */
import { useMemo } from 'react'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import type { FieldSpec } from '@shared/masterData/fieldSpec'
import { SearchCorpus } from '@shared/search/searchCorpus'
import type { RowList } from '../../components/virtualTable/VirtualTable'

export interface SortState {
  key: string
  dir: 1 | -1
}

export interface ListState {
  query: string
  /** Field key → required value ('' = any). Bool filters use 'true' / 'false'. */
  filters: Readonly<Record<string, string>>
  sort: SortState
  showArchived: boolean
}

/** The first pinyin-field's full pinyin sits second in the search text: sorting by it is pinyin order. */
export function nameSortKey(row: AnyRecord): string {
  const search = typeof row.search === 'string' ? row.search : ''
  return search.split('\u0001', 2)[1] ?? String(row.name ?? '')
}

function sortKeys(
  rows: readonly AnyRecord[],
  key: string,
  fields: readonly FieldSpec[],
): (string | number)[] {
  if (key === 'name') return rows.map(nameSortKey)
  const field = fields.find((f) => f.key === key)
  const numeric = field && (field.kind === 'money' || field.kind === 'rate' || field.kind === 'int')
  return rows.map((r) => {
    const v = r[key]
    if (numeric) return typeof v === 'number' ? v : 0
    if (typeof v === 'boolean') return v ? '1' : '0'
    return typeof v === 'string' ? v : ''
  })
}

export function useArchiveList(
  rows: readonly AnyRecord[] | undefined,
  fields: readonly FieldSpec[],
  state: ListState,
) {
  const all = useMemo(() => rows ?? [], [rows])
  const searchTexts = useMemo(() => all.map((r) => (typeof r.search === 'string' ? r.search : '')), [all])
  const { filters, sort, showArchived } = state

  const sorted = useMemo(() => {
    const keys = sortKeys(all, sort.key, fields)
    const order: number[] = []
    for (let i = 0; i < all.length; i++) {
      const row = all[i]
      if (Boolean(row.deletedAt) !== showArchived) continue
      let keep = true
      for (const [k, want] of Object.entries(filters)) {
        if (want !== '' && String(row[k] ?? '') !== want) {
          keep = false
          break
        }
      }
      if (keep) order.push(i)
    }
    return order.sort((a, b) => (keys[a] < keys[b] ? -sort.dir : keys[a] > keys[b] ? sort.dir : 0))
  }, [all, fields, filters, sort, showArchived])

  // Laid out once per list and order; a keystroke then scans one flat text (searchCorpus.ts).
  const corpus = useMemo(() => new SearchCorpus(searchTexts, sorted), [searchTexts, sorted])
  const found = useMemo(() => corpus.search(state.query), [corpus, state.query])
  // Rows are looked up only for the lines in view (a 100,000-row map cost 2–5 ms a key).
  // Unchanged by a keystroke that keeps the result (`you` → `youx`): the table then skips its render.
  const visible = useMemo<RowList<AnyRecord>>(
    () => ({ length: found.length, at: (i: number) => all[found[i]] }),
    [found, all],
  )

  return { loading: rows === undefined, visible, total: sorted.length }
}
