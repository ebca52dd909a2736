/**
 * The operations the share worker answers, as types only. Main's side of the
 * worker protocol (workerProtocol.ts, and through it mainPorts.ts) names them
 * without importing the file system code that implements them
 * (createShareCore.ts), which itself reads main's ports.
 */
import type { ShareService } from '../../../../shared/ipc/shareContract'

type Req<M extends keyof ShareService> = Parameters<ShareService[M]>[0]
type Res<M extends keyof ShareService> = ReturnType<ShareService[M]>
interface At {
  root: string
}
interface Local {
  /** Main's data folder, which holds the local attachment store. */
  dataDir: string
}

/** The operations the worker answers; `format` also serves join (main checks the version). */
export interface ShareCore {
  probe(req: At): Res<'probe'>
  create(req: At): Res<'create'>
  format(req: At): Res<'format'>
  list(req: At & Req<'list'>): Res<'list'>
  read(req: At & Req<'read'>): Res<'read'>
  writeImmutable(req: At & Req<'writeImmutable'>): Res<'writeImmutable'>
  replaceTorn(req: At & Req<'replaceTorn'>): Res<'replaceTorn'>
  writeStatus(req: At & Req<'writeStatus'>): Res<'writeStatus'>
  cleanTemps(req: At & Req<'cleanTemps'>): Res<'cleanTemps'>
  compactSegments(req: At & Req<'compactSegments'>): Res<'compactSegments'>
  publishBlob(req: At & Local & Req<'publishBlob'>): Res<'publishBlob'>
  fetchBlob(req: At & Local & Req<'fetchBlob'>): Res<'fetchBlob'>
}

export type ShareOp = keyof ShareCore
