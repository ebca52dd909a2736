/**
 * Restoring from an archive, main's half: the package's PDFs and scans go back
 * into this PC's documents and attachment stores, each checked against the
 * manifest and written under a temp name first. A file already there with
 * the same content is left alone; one with other content is never
 * overwritten (the restore is for a fresh profile) and stops the restore.
 */
import { randomBytes } from 'node:crypto'
import { dirname, join } from 'node:path'
import {
  ATTACHMENTS_DIR,
  DOCUMENTS_DIR,
  type ArchiveManifest,
} from '../../../../shared/archive/archiveManifest'
import type { ArchiveJob } from '../../../../shared/ipc/archiveContract'
import { AppFailure } from '../../../../shared/errors/appFailure'
import { ATTACHMENTS_FOLDER } from '../attachments/createAttachmentsService'
import { DOCUMENTS_FOLDER } from '../documents/createDocumentsService'
import type { FsPort } from '../mainPorts'
import { resolveInside } from '../fsUtil/resolveInside'
import { TEMP_SUFFIX } from '../fsUtil/writeFileAtomic'
import { copyAndHash, hashIfPresent } from './fileOps'

const stores = [
  { prefix: `${DOCUMENTS_DIR}/`, folder: DOCUMENTS_FOLDER },
  { prefix: `${ATTACHMENTS_DIR}/`, folder: ATTACHMENTS_FOLDER },
] as const

export async function restorePackageFiles(
  fs: FsPort,
  dataDir: string,
  dir: string,
  manifest: ArchiveManifest,
  job: ArchiveJob,
): Promise<{ documents: number; attachments: number }> {
  const work = manifest.files.flatMap((entry) => {
    const store = stores.find((s) => entry.path.startsWith(s.prefix))
    return store ? [{ entry, store }] : []
  })
  Object.assign(job, { phase: 'restore', done: 0, total: work.length })
  const restored = { documents: 0, attachments: 0 }
  for (const { entry, store } of work) {
    const parts = entry.path.slice(store.prefix.length).split('/')
    const from = resolveInside(dir, join(...entry.path.split('/')))
    const to = resolveInside(join(dataDir, store.folder), join(...parts))
    if (!from || !to) throw damaged(entry.path)
    const existing = await hashIfPresent(fs, to)
    if (existing && existing.sha256 === entry.sha256) {
      job.done++
      continue
    }
    if (existing)
      throw new AppFailure('archive.restoreConflict', 'errors.archive.restoreConflict', { file: entry.path })
    await fs.mkdir(dirname(to), { recursive: true })
    const temp = join(
      dirname(to),
      `.${parts[parts.length - 1]}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
    )
    try {
      const sum = await copyAndHash(fs, from, temp)
      if (sum.sha256 !== entry.sha256 || sum.bytes !== entry.bytes) throw damaged(entry.path)
      await fs.rename(temp, to)
    } finally {
      await fs.rm(temp, { force: true }).catch(() => undefined)
    }
    if (store.folder === DOCUMENTS_FOLDER) restored.documents++
    else restored.attachments++
    job.done++
  }
  return restored
}

function damaged(file: string): AppFailure {
  return new AppFailure('archive.verifyFailed', 'errors.archive.verifyFailed', { file })
}
