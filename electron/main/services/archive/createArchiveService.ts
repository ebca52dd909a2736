/**
 * 归档导出 in main: settings, the export job, listing, verifying, browsing
 * and restoring packages (shared/ipc/archiveContract.ts). Every package name
 * and every file path from the renderer is resolved inside the archive folder
 * or refused.
 */
import { join } from 'node:path'
import type { ArchiveService, ArchiveSettingsInfo } from '../../../../shared/ipc/archiveContract'
import { isArchiveDue } from '../../../../shared/archive/archiveSchedule'
import { AppFailure } from '../../../../shared/errors/appFailure'
import type { MainPorts } from '../mainPorts'
import { createSerialQueue } from '../fsUtil/createSerialQueue'
import { resolveInside } from '../fsUtil/resolveInside'
import { asArchiveFailure, errorCode, notFound } from './archiveErrors'
import { listPackages, packageDir, readManifestOf } from './archiveFolder'
import { createJobRegistry, snapshot } from './archiveJobs'
import { ensureFolder, readArchiveSettings, writeArchiveSettings } from './archiveSettingsStore'
import {
  addWorkbook,
  appendRecords,
  completeExport,
  discardExport,
  type ExportState,
  openExport,
} from './exportJob'
import { readRecordsPiece } from './readRecordsPiece'
import { restorePackageFiles } from './restorePackageFiles'
import { verifyPackage } from './verifyPackage'

type Ports = Pick<MainPorts, 'dataDir' | 'fs' | 'now' | 'appVersion' | 'shell'>

export function createArchiveService(ports: Ports): ArchiveService {
  const { fs } = ports
  const jobs = createJobRegistry()
  /** The one export in progress: two at once would race for names, temps and pruning. */
  let current: ExportState | null = null
  // Appends to the database file must land in the order they were sent.
  const writes = createSerialQueue()

  async function folder(): Promise<string> {
    return (await readArchiveSettings(fs, ports.dataDir)).folder
  }

  async function settingsInfo(): Promise<ArchiveSettingsInfo> {
    const settings = await readArchiveSettings(fs, ports.dataDir)
    const packages = await listPackages(fs, settings.folder).catch(() => [])
    const lastGoodAt = packages.find((p) => p.readable)?.createdAt ?? null
    return {
      ...settings,
      defaultFolder: join(ports.dataDir, 'archives'),
      lastGoodAt,
      due: isArchiveDue(settings.schedule, lastGoodAt ? new Date(lastGoodAt) : null, ports.now()),
    }
  }

  function exportOf(jobId: string): ExportState {
    if (!current || current.job.jobId !== jobId || current.job.state !== 'running') {
      throw new AppFailure('archive.noJob', 'errors.archive.noJob', { jobId })
    }
    return current
  }

  /** A failed step ends the export: its temporary folder goes, the failure is reported as data. */
  async function failExport(state: ExportState, err: unknown): Promise<never> {
    const failure = asArchiveFailure(err, state.folder)
    Object.assign(state.job, { state: 'failed', error: failure.toData() })
    if (current === state) current = null
    await discardExport(ports, state)
    throw failure
  }

  async function openPackage(name: string) {
    const dir = packageDir(await folder(), name)
    const manifest = await readManifestOf(fs, dir)
    if (!manifest) {
      const exists = await fs.stat(dir).then(
        () => true,
        () => false,
      )
      if (!exists) throw notFound(name)
      throw new AppFailure('archive.manifestBad', 'errors.archive.manifestBad', { name })
    }
    return { dir, manifest }
  }

  return {
    settings: () => settingsInfo(),

    async saveSettings(req) {
      await writeArchiveSettings(fs, ports.dataDir, req)
      return settingsInfo()
    },

    async begin(req) {
      if (current) throw new AppFailure('archive.busy', 'errors.archive.busy', { name: current.name })
      const settings = await readArchiveSettings(fs, ports.dataDir)
      await ensureFolder(fs, settings.folder)
      const job = jobs.start('export', 'records')
      let state: ExportState
      try {
        state = await openExport(ports, job, settings, req)
      } catch (err) {
        const failure = asArchiveFailure(err, settings.folder)
        Object.assign(job, { state: 'failed', error: failure.toData() })
        throw failure
      }
      current = state
      return { jobId: job.jobId, name: state.name }
    },

    appendRecords({ jobId, text }) {
      return writes.run(async () => {
        const state = exportOf(jobId)
        try {
          return { bytes: await appendRecords(state, text) }
        } catch (err) {
          return failExport(state, err)
        }
      })
    },

    addWorkbook({ jobId, workbook }) {
      return writes.run(async () => {
        const state = exportOf(jobId)
        try {
          return { bytes: await addWorkbook(ports, state, workbook) }
        } catch (err) {
          return failExport(state, err)
        }
      })
    },

    finish({ jobId }) {
      return writes.run(async () => {
        const state = exportOf(jobId)
        if (state.finishing) return { jobId }
        jobs.run(state.job, async () => {
          try {
            return { archive: await completeExport(ports, state), phase: 'verify' as const }
          } catch (err) {
            await discardExport(ports, state)
            throw asArchiveFailure(err, state.folder)
          } finally {
            current = null
          }
        })
        return { jobId }
      })
    },

    cancel({ jobId }) {
      return writes.run(async () => {
        if (current?.job.jobId === jobId && !current.finishing) {
          const state = current
          current = null
          Object.assign(state.job, {
            state: 'failed',
            error: { code: 'archive.cancelled', messageKey: 'errors.archive.cancelled', params: {} },
          })
          await discardExport(ports, state)
        }
        return { ok: true as const }
      })
    },

    async progress({ jobId }) {
      return snapshot(jobs.get(jobId))
    },

    async list() {
      const dir = await folder()
      try {
        return { items: await listPackages(fs, dir) }
      } catch (err) {
        throw new AppFailure('archive.folderUnavailable', 'errors.archive.folderUnavailable', {
          folder: dir,
          reason: errorCode(err),
        })
      }
    },

    async verify({ name }) {
      const dir = packageDir(await folder(), name)
      const exists = await fs.stat(dir).then(
        (s) => s.isDirectory(),
        () => false,
      )
      if (!exists) throw notFound(name)
      const job = jobs.start('verify', 'verify')
      jobs.run(job, async () => ({ report: await verifyPackage(fs, dir, name, job) }))
      return { jobId: job.jobId }
    },

    async open({ name }) {
      return { manifest: (await openPackage(name)).manifest }
    },

    async openFile({ name, path }) {
      const { dir, manifest } = await openPackage(name)
      // Only files the manifest lists: the package's own contents, nothing else on the share.
      const full = manifest.files.some((f) => f.path === path)
        ? resolveInside(dir, join(...path.split('/')))
        : undefined
      if (!full) throw new AppFailure('archive.badPath', 'errors.archive.badPath', { path })
      await ports.shell.openPath(full)
      return { path: full }
    },

    async readRecords({ name, offset }) {
      const { dir } = await openPackage(name)
      try {
        return await readRecordsPiece(fs, dir, offset)
      } catch (err) {
        throw new AppFailure('archive.readFailed', 'errors.archive.readFailed', {
          name,
          reason: errorCode(err),
        })
      }
    },

    async restoreFiles({ name }) {
      const { dir, manifest } = await openPackage(name)
      const job = jobs.start('restoreFiles', 'restore')
      jobs.run(job, async () => {
        try {
          return { restored: await restorePackageFiles(fs, ports.dataDir, dir, manifest, job) }
        } catch (err) {
          if (err instanceof AppFailure) throw err
          throw new AppFailure('archive.restoreFailed', 'errors.archive.restoreFailed', {
            reason: errorCode(err),
          })
        }
      })
      return { jobId: job.jobId }
    },
  }
}
