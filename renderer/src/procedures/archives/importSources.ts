/**
 * What the import report compares a sheet against: the header words of both
 * languages (a sheet made under English headers still imports), the option
 * labels, the names of referenced records and the keys already saved.
 */
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { normaliseKey, normaliseText } from '@shared/masterData/excel/importReport'
import { type OptionSet, optionSets } from '@shared/masterData/optionSets'
import { i18n } from '../../i18n'

const languages = ['zh-CN', 'en'] as const

function inEveryLanguage(key: string): string[] {
  return [...new Set(languages.map((lng) => i18n.t(key, { lng })))]
}

export function headerLabels(table: string): (key: string) => string[] {
  return (key) => inEveryLanguage(`md.${table}.${key}`)
}

export function optionLabelsOf(set: OptionSet): Record<string, string[]> {
  return Object.fromEntries(optionSets[set].map((v) => [v, inEveryLanguage(`options.${set}.${v}`)]))
}

/** normalised name → id of the live records of a table. */
export function namesToIds(rows: readonly AnyRecord[] | undefined): Map<string, string> {
  const map = new Map<string, string>()
  for (const r of rows ?? []) if (!r.deletedAt) map.set(normaliseText(String(r.name ?? '')), r.id)
  return map
}

const lookups = new WeakMap<readonly AnyRecord[], (key: readonly string[]) => Set<string>>()

/**
 * The saved values of each unique key, normalised, for the report's
 * duplicate check (archived records count too: a duplicate either way); one
 * lookup per rows array (the table feed's), so the
 * import dialog can build it while the clerk picks a file (warmExistingKeys).
 */
export function existingKeys(rows: readonly AnyRecord[] | undefined) {
  const list = rows ?? []
  const known = lookups.get(list)
  if (known) return known
  const cache = new Map<string, Set<string>>()
  const lookup = (key: readonly string[]): Set<string> => {
    const id = key.join('+')
    let set = cache.get(id)
    if (!set) {
      set = new Set()
      for (const r of list) {
        const values = key.map((k) => String(r[k] ?? ''))
        if (values.every((v) => v.trim() !== '')) set.add(normaliseKey(values))
      }
      cache.set(id, set)
    }
    return set
  }
  lookups.set(list, lookup)
  return lookup
}

/** Builds every unique key's set now (200 ms at 100,000 customers), not when the file arrives. */
export function warmExistingKeys(
  rows: readonly AnyRecord[] | undefined,
  uniqueKeys: readonly (readonly string[])[],
) {
  const lookup = existingKeys(rows)
  for (const key of uniqueKeys) if (key.length > 0) lookup(key)
}
