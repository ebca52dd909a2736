/**
 * Backup file names: `backup-YYYYMMDD-HHmmss.json`, with `-N` appended when two
 * backups fall in the same second. Local time, because clerks read these
 * names in a folder listing.
 */
import { BACKUP_NAME_PATTERN } from '../../../../shared/ipc/schemas'

export const SIDECAR_SUFFIX = '.sha256'

export function isBackupName(name: string): boolean {
  return BACKUP_NAME_PATTERN.test(name)
}

export function sidecarName(name: string): string {
  return name + SIDECAR_SUFFIX
}

/** The first free name for a backup taken at `when`; `taken` holds every file name in the folder. */
export function nextBackupName(when: Date, taken: ReadonlySet<string>): string {
  const stamp = formatStamp(when)
  for (let n = 0; ; n++) {
    const name = n === 0 ? `backup-${stamp}.json` : `backup-${stamp}-${n}.json`
    if (!taken.has(name) && !taken.has(sidecarName(name))) return name
  }
}

/** Orders names newest first: by stamp, then by the collision counter (`-10` after `-9`). */
export function compareNamesNewestFirst(a: string, b: string): number {
  const [sa, na] = nameKey(a)
  const [sb, nb] = nameKey(b)
  if (sa !== sb) return sa < sb ? 1 : -1
  return nb - na
}

function nameKey(name: string): [string, number] {
  const m = /^backup-(\d{8}-\d{6})(?:-(\d+))?\.json$/.exec(name)
  return m ? [m[1], m[2] ? Number(m[2]) : 0] : [name, 0]
}

function formatStamp(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${p(d.getFullYear(), 4)}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`
}
