/**
 * 校验归档: every file re-hashed against the manifest. The report names each
 * file that is missing, changed (other bytes or another sum) or unexpected
 * (in the package but not in the manifest), so a clerk knows exactly which
 * file on the share was damaged or tampered with.
 */
import { join } from 'node:path'
import { MANIFEST_FILE } from '../../../../shared/archive/archiveManifest'
import type { ArchiveJob, ArchiveVerifyReport } from '../../../../shared/ipc/archiveContract'
import type { FsPort } from '../mainPorts'
import { resolveInside } from '../fsUtil/resolveInside'
import { readManifestOf } from './archiveFolder'
import { eachLimited, hashIfPresent, listFiles } from './fileOps'

const LANES = 4

export async function verifyPackage(
  fs: FsPort,
  dir: string,
  name: string,
  job: ArchiveJob,
): Promise<ArchiveVerifyReport> {
  const report: ArchiveVerifyReport = {
    name,
    ok: false,
    checked: 0,
    missing: [],
    changed: [],
    unexpected: [],
    manifestBad: false,
  }
  const manifest = await readManifestOf(fs, dir)
  if (!manifest) return { ...report, manifestBad: true }

  // Dotted names count too: nothing but the manifest's files belongs in a package.
  const present = new Set(await listFiles(fs, dir, false))
  present.delete(MANIFEST_FILE)
  Object.assign(job, { phase: 'verify', done: 0, total: manifest.files.length })
  const listed = new Set<string>()
  await eachLimited(manifest.files, LANES, async (entry) => {
    listed.add(entry.path)
    // A manifest naming a path outside its package is damaged there: never read outside.
    const path = resolveInside(dir, join(...entry.path.split('/')))
    const sum = path ? await hashIfPresent(fs, path) : null
    if (!sum) report.missing.push(entry.path)
    else if (sum.bytes !== entry.bytes || sum.sha256 !== entry.sha256) report.changed.push(entry.path)
    report.checked++
    job.done++
  })
  report.unexpected = [...present].filter((p) => !listed.has(p))
  report.missing.sort()
  report.changed.sort()
  report.unexpected.sort()
  report.ok = report.missing.length + report.changed.length + report.unexpected.length === 0
  return report
}
