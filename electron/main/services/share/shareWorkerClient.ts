/**
 * Main's side of the share worker: starts the process on first use, sends
 * each call with an id, and gives every call a deadline. When a deadline
 * passes the share is treated as offline: the call fails with share.offline,
 * the worker — possibly stuck in a dead share's I/O — is killed with every
 * call still waiting on it, and the next call starts a fresh one. Main itself
 * never waits on the share, so a hung folder freezes neither the app nor
 * later calls (SYNC.md case 11).
 */
import { AppFailure } from '../../../../shared/errors/appFailure'
import type { ShareCore, ShareOp } from './shareCore'
import { shareFailure } from './shareFailures'
import {
  DEFAULT_OP_TIMEOUTS,
  type OpTimeouts,
  type ShareWorkerProcess,
  isWorkerReply,
} from './workerProtocol'

export interface ShareWorkerClient {
  /** `timeoutMs` overrides the operation's usual deadline. */
  call<Op extends ShareOp>(
    op: Op,
    args: Parameters<ShareCore[Op]>[0],
    timeoutMs?: number,
  ): ReturnType<ShareCore[Op]>
  /** Kills the worker, if one runs; calls still waiting fail with share.offline. */
  dispose(): void
}

interface Pending {
  resolve(value: unknown): void
  reject(err: unknown): void
  timer: ReturnType<typeof setTimeout>
}

interface Worker {
  process: ShareWorkerProcess
  pending: Map<number, Pending>
  dead: boolean
}

export function createShareWorkerClient(
  spawn: () => ShareWorkerProcess,
  timeouts: Partial<OpTimeouts> = {},
): ShareWorkerClient {
  const limits: OpTimeouts = { ...DEFAULT_OP_TIMEOUTS, ...timeouts }
  let current: Worker | null = null
  let nextId = 1

  /** Ends a worker for good: every call waiting on it fails with share.offline. */
  function retire(worker: Worker, reason: string): void {
    if (worker.dead) return
    worker.dead = true
    if (current === worker) current = null
    for (const pending of worker.pending.values()) {
      clearTimeout(pending.timer)
      pending.reject(shareFailure('offline', { reason }))
    }
    worker.pending.clear()
    try {
      worker.process.kill()
    } catch {
      // already gone
    }
  }

  function start(): Worker {
    const worker: Worker = { process: spawn(), pending: new Map(), dead: false }
    worker.process.onMessage((message) => {
      if (!isWorkerReply(message)) return
      const pending = worker.pending.get(message.id)
      if (!pending) return
      worker.pending.delete(message.id)
      clearTimeout(pending.timer)
      if (message.ok) pending.resolve(message.result)
      else if (message.error.code === 'internal') pending.reject(new Error('share worker: internal error'))
      else {
        const { code, messageKey, params } = message.error
        pending.reject(new AppFailure(code, messageKey, params))
      }
    })
    worker.process.onExit(() => retire(worker, 'workerExit'))
    return worker
  }

  function call(op: ShareOp, args: unknown, timeoutMs = limits[op]): Promise<unknown> {
    const worker = current && !current.dead ? current : (current = start())
    const id = nextId++
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => retire(worker, 'timeout'), timeoutMs)
      worker.pending.set(id, { resolve, reject, timer })
      try {
        worker.process.send({ id, op, args })
      } catch {
        retire(worker, 'workerExit')
      }
    })
  }

  return {
    call: call as ShareWorkerClient['call'],
    dispose() {
      if (current) retire(current, 'closed')
    },
  }
}
