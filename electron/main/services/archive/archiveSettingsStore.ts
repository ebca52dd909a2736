/**
 * Where archives go, how many are kept and how often: `<dataDir>/archive.json`,
 * kept by main because the folder is a place on disk and main owns the disk.
 * Until a folder is chosen, `<dataDir>/archives`.
 */
import { isAbsolute, join, resolve } from 'node:path'
import type { ArchiveSettings } from '../../../../shared/ipc/archiveContract'
import { ARCHIVE_KEEP_MAX } from '../../../../shared/archive/archiveRequests'
import { archiveSchedules, type ArchiveSchedule } from '../../../../shared/archive/archiveSchedule'
import { AppFailure } from '../../../../shared/errors/appFailure'
import type { FsPort } from '../mainPorts'
import { writeFileAtomic } from '../fsUtil/writeFileAtomic'
import { errorCode } from './archiveErrors'

export const ARCHIVE_SETTINGS_FILE = 'archive.json'
export const DEFAULT_ARCHIVE_FOLDER = 'archives'
/** 12 monthly packages: a year on the shared drive. */
export const DEFAULT_KEEP = 12

export function defaultArchiveSettings(dataDir: string): ArchiveSettings {
  return { folder: join(dataDir, DEFAULT_ARCHIVE_FOLDER), keep: DEFAULT_KEEP, schedule: 'monthly' }
}

export async function readArchiveSettings(fs: FsPort, dataDir: string): Promise<ArchiveSettings> {
  const fallback = defaultArchiveSettings(dataDir)
  let raw: Partial<Record<keyof ArchiveSettings, unknown>>
  try {
    raw = JSON.parse(await fs.readFile(join(dataDir, ARCHIVE_SETTINGS_FILE), 'utf8')) as typeof raw
  } catch {
    // Never written, or damaged: the defaults, which the screen shows and can save again.
    return fallback
  }
  const folder = typeof raw.folder === 'string' && isAbsolute(raw.folder) ? raw.folder : fallback.folder
  const keep =
    typeof raw.keep === 'number' &&
    Number.isInteger(raw.keep) &&
    raw.keep >= 1 &&
    raw.keep <= ARCHIVE_KEEP_MAX
      ? raw.keep
      : fallback.keep
  const schedule = archiveSchedules.includes(raw.schedule as ArchiveSchedule)
    ? (raw.schedule as ArchiveSchedule)
    : fallback.schedule
  return { folder, keep, schedule }
}

/** Refuses a relative folder (relative to what, on a clerk's PC?) and one that cannot be created. */
export async function writeArchiveSettings(
  fs: FsPort,
  dataDir: string,
  settings: ArchiveSettings,
): Promise<ArchiveSettings> {
  if (!isAbsolute(settings.folder)) {
    throw new AppFailure('archive.badFolder', 'errors.archive.badFolder', {
      field: 'folder',
      folder: settings.folder,
    })
  }
  const folder = resolve(settings.folder)
  await ensureFolder(fs, folder)
  const saved = { ...settings, folder }
  await writeFileAtomic(fs, join(dataDir, ARCHIVE_SETTINGS_FILE), JSON.stringify(saved, null, 2))
  return saved
}

export async function ensureFolder(fs: FsPort, folder: string): Promise<void> {
  try {
    await fs.mkdir(folder, { recursive: true })
  } catch (err) {
    throw new AppFailure('archive.folderUnavailable', 'errors.archive.folderUnavailable', {
      field: 'folder',
      folder,
      reason: errorCode(err),
    })
  }
}
