/**
 * The worker side of the message loop: each request runs on the core and
 * its outcome goes back as data. Requests run concurrently; main times each
 * out on its own.
 */
import { AppFailure, toAppError } from '../../../../shared/errors/appFailure'
import type { ShareCore, ShareOp } from './shareCore'
import type { WorkerReply, WorkerRequest } from './workerProtocol'

/** How the worker talks to main: Electron's parentPort or Node's IPC channel. */
export interface WorkerChannel {
  onMessage(listener: (message: unknown) => void): void
  send(reply: WorkerReply): void
}

function isRequest(message: unknown, core: ShareCore): message is WorkerRequest {
  const m = message as Partial<WorkerRequest> | null
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.id === 'number' &&
    typeof m.op === 'string' &&
    Object.hasOwn(core, m.op)
  )
}

export function serveShareCore(core: ShareCore, channel: WorkerChannel): void {
  channel.onMessage((message) => {
    if (!isRequest(message, core)) return
    const { id, op, args } = message
    const run = core[op as ShareOp] as (args: unknown) => Promise<unknown>
    run(args).then(
      (result) => channel.send({ id, ok: true, result }),
      (err: unknown) => {
        // A bug, not a share problem: say so on the worker's stderr, send only the code.
        if (!(err instanceof AppFailure)) console.error(`share worker: ${op} failed`, err)
        channel.send({ id, ok: false, error: toAppError(err) })
      },
    )
  })
}

/**
 * The channel of the current process. A utility process has
 * `process.parentPort` (messages arrive wrapped as `{ data }`); a Node child
 * has `process.send` and ends itself when main goes away.
 */
export function currentProcessChannel(): WorkerChannel {
  const parentPort = (process as { parentPort?: ElectronParentPort }).parentPort
  if (parentPort) {
    return {
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
      send: (reply) => parentPort.postMessage(reply),
    }
  }
  const send = process.send?.bind(process)
  if (!send) throw new Error('share worker started without a channel to main')
  process.on('disconnect', () => process.exit(0))
  return {
    onMessage: (listener) => process.on('message', listener),
    // A reply after main has gone is dropped (the callback keeps it from becoming an 'error' event).
    send: (reply) => {
      send(reply, undefined, {}, () => undefined)
    },
  }
}

/** The part of Electron's ParentPort used here (electron's types are not loaded in the worker). */
interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void
  postMessage(message: unknown): void
}
