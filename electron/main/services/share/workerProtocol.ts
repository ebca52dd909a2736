/**
 * The messages between main and the share worker process, and how long main
 * waits for each. Main sends `{ id, op, args }`; the worker answers
 * `{ id, ok, result }` or `{ id, ok: false, error }` with the error as data.
 */
import type { AppError } from '../../../../shared/errors/appFailure'
import type { ShareOp } from './shareCore'

export interface WorkerRequest {
  id: number
  op: ShareOp
  args: unknown
}

export type WorkerReply =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: AppError }

/** A worker process as main sees it: Electron's utilityProcess in the app, child_process in Node. */
export interface ShareWorkerProcess {
  send(message: WorkerRequest): void
  onMessage(listener: (message: unknown) => void): void
  /** Called once when the process has ended, for whatever reason. */
  onExit(listener: () => void): void
  kill(): void
}

/** Reads, lists and the probe: a healthy share answers in well under a second. */
export const READ_TIMEOUT_MS = 15_000
/** Writes: a rename may be retried for 60 s while antivirus holds the file (SYNC.md case 15). */
export const WRITE_TIMEOUT_MS = 90_000

/** A snapshot holds the whole database: reading one may take as long as a write. */
export const SNAPSHOT_READ_TIMEOUT_MS = WRITE_TIMEOUT_MS

export type OpTimeouts = Record<ShareOp, number>

export const DEFAULT_OP_TIMEOUTS: OpTimeouts = {
  probe: READ_TIMEOUT_MS,
  format: READ_TIMEOUT_MS,
  list: READ_TIMEOUT_MS,
  read: READ_TIMEOUT_MS,
  create: WRITE_TIMEOUT_MS,
  writeImmutable: WRITE_TIMEOUT_MS,
  replaceTorn: WRITE_TIMEOUT_MS,
  writeStatus: WRITE_TIMEOUT_MS,
  // Walks every blob shard folder.
  cleanTemps: WRITE_TIMEOUT_MS,
  compactSegments: WRITE_TIMEOUT_MS,
  publishBlob: WRITE_TIMEOUT_MS,
  // Up to 50 MB come over the network before the local write.
  fetchBlob: WRITE_TIMEOUT_MS,
}

export function isWorkerReply(message: unknown): message is WorkerReply {
  const m = message as Partial<WorkerReply> | null
  return typeof m === 'object' && m !== null && typeof m.id === 'number' && typeof m.ok === 'boolean'
}
