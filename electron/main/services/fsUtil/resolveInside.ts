import { resolve, sep } from 'node:path'

/**
 * Joins a name from outside onto a folder and refuses anything that would
 * land outside it (`..`, absolute paths, drive letters). Returns undefined
 * when refused.
 */
export function resolveInside(dir: string, name: string): string | undefined {
  if (name.includes('\0')) return undefined
  const root = resolve(dir)
  const full = resolve(root, name)
  const prefix = root.endsWith(sep) ? root : root + sep
  return full.startsWith(prefix) ? full : undefined
}
