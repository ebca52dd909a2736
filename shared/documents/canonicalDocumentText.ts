/**
 * The text a document's verification hash is taken over: the model as JSON
 * with keys in sorted order, so the same content hashes the same whatever
 * order its object literals were written in.
 */
import type { DocumentModel } from './documentModel'

export function canonicalDocumentText(model: DocumentModel): string {
  return JSON.stringify(sortKeys(model))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]))
  }
  return value
}
