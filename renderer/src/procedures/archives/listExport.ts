/** The words around an exported list: file name, title and the filters line. */
import dayjs from 'dayjs'
import type { TFunction } from 'i18next'
import { type ArchiveTable, archiveSpecs } from '@shared/masterData/archiveSpecs'
import { fieldLabel, optionLabel } from './labels'
import type { ListState } from './useArchiveList'

/** File names may not contain \ / : * ? " < > | on Windows. */
export function exportFileName(title: string, now: Date): string {
  return `${title.replace(/[\\/:*?"<>|]/g, '、')}-${dayjs(now).format('YYYYMMDD')}.xlsx`
}

export function filtersText(t: TFunction, table: ArchiveTable, state: ListState): string {
  const parts: string[] = []
  if (state.query.trim()) parts.push(t('archives.export.query', { query: state.query.trim() }))
  for (const [key, value] of Object.entries(state.filters)) {
    if (value === '') continue
    const field = archiveSpecs[table].fields.find((f) => f.key === key)
    const shown =
      field?.kind === 'bool'
        ? t(value === 'true' ? 'common.yes' : 'common.no')
        : field?.optionSet
          ? optionLabel(t, field.optionSet, value)
          : value
    parts.push(t('common.labelValue', { label: fieldLabel(t, table, key), value: shown }))
  }
  if (state.showArchived) parts.push(t('archives.export.archived'))
  return parts.length
    ? t('archives.export.filters', { filters: parts.join(t('common.clauseSep')) })
    : t('archives.export.noFilters')
}
