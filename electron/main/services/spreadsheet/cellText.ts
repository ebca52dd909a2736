/**
 * What a clerk sees in an Excel cell, as plain text: the imports read cells
 * this way whatever the cell holds.
 */
import type { CellValue } from 'exceljs'

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (value instanceof Date) return isoDate(value)
  if (typeof value !== 'object') return ''
  if ('richText' in value) return richText(value.richText)
  // A formula counts as the value Excel last computed for it; never the formula itself.
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null)
  // A hyperlink's text may itself be rich text.
  if ('hyperlink' in value) return cellText(value.text as CellValue)
  if ('error' in value) return typeof value.error === 'string' ? value.error : ''
  return ''
}

/** YYYY-MM-DD from the UTC parts: Excel dates carry no zone, exceljs reads them as UTC. */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return ''
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${p(date.getUTCFullYear(), 4)}-${p(date.getUTCMonth() + 1)}-${p(date.getUTCDate())}`
}

function richText(runs: unknown): string {
  if (!Array.isArray(runs)) return ''
  return runs
    .map((run) => {
      const text = (run as { text?: unknown } | null)?.text
      return typeof text === 'string' ? text : ''
    })
    .join('')
    .trim()
}
