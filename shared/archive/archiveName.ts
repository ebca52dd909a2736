/**
 * Package names: `商务部归档-yyyy-MM-dd-HHmmss`, with `-N` when two exports
 * fall in the same second. Local time, because clerks read these names on the
 * shared drive. The stamp sorts as text, so names sort by age.
 */
export const ARCHIVE_PREFIX = '商务部归档-'
export const ARCHIVE_NAME_PATTERN = /^商务部归档-(\d{4}-\d{2}-\d{2}-\d{6})(?:-(\d+))?$/

export function isArchiveName(name: string): boolean {
  return ARCHIVE_NAME_PATTERN.test(name)
}

/** The first free name for a package begun at `when`; `taken` holds the folder's entries. */
export function nextArchiveName(when: Date, taken: ReadonlySet<string>): string {
  const stamp = archiveStamp(when)
  for (let n = 0; ; n++) {
    const name = n === 0 ? `${ARCHIVE_PREFIX}${stamp}` : `${ARCHIVE_PREFIX}${stamp}-${n}`
    if (!taken.has(name)) return name
  }
}

/** Newest first: by stamp, then by the collision counter (`-10` after `-9`). */
export function compareArchiveNamesNewestFirst(a: string, b: string): number {
  const [sa, na] = nameKey(a)
  const [sb, nb] = nameKey(b)
  if (sa !== sb) return sa < sb ? 1 : -1
  return nb - na
}

function nameKey(name: string): [string, number] {
  const m = ARCHIVE_NAME_PATTERN.exec(name)
  return m ? [m[1], m[2] ? Number(m[2]) : 0] : [name, 0]
}

function archiveStamp(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${p(d.getFullYear(), 4)}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`
}
