/**
 * Why a folder cannot be joined from the first start, as the sentence shown
 * at the folder field: from 测试文件夹's findings before anything is joined,
 * or from the failure of the join itself. Not a share, a newer format and an
 * unreachable folder each get their own sentence, naming the folder.
 */
import { AppFailure } from '@shared/errors/appFailure'
import type { ShareProbe } from '@shared/ipc/shareContract'
import { SHARE_FORMAT_VERSION } from '@shared/sync/syncOp'
import { judgeClock } from '../../sync/publishGuard'

export interface Refusal {
  key: string
  params: Record<string, string | number>
}

const OFFLINE_PROBLEM = 'errors.share.probe.offline'

/** What the probe found that rules the folder out, or null when it can be joined. */
export function probeRefusal(probe: ShareProbe): Refusal | null {
  const { root } = probe
  if (probe.problem === OFFLINE_PROBLEM) return { key: 'join.refused.offline', params: { root } }
  // Not writable, disk full, read back wrong, rename blocked: the probe's own sentences.
  if (probe.problem) return { key: probe.problem, params: {} }
  if (!probe.format) return { key: 'join.refused.notAShare', params: { root } }
  if (probe.format.formatVersion > SHARE_FORMAT_VERSION)
    return {
      key: 'join.refused.tooNew',
      params: { formatVersion: probe.format.formatVersion, supported: SHARE_FORMAT_VERSION },
    }
  // Everything from the share would look a day or more off: fix the clock first.
  if (judgeClock(probe.clockOffsetMs) === 'stop') return { key: 'join.refused.clock', params: {} }
  return null
}

/** A failed join (main's share.join, or the first sync) as the field's sentence; null: not a refusal of ours. */
export function joinRefusal(err: unknown, root: string): Refusal | null {
  if (!(err instanceof AppFailure)) return null
  switch (err.code) {
    case 'share.offline':
      return { key: 'join.refused.offline', params: { root } }
    case 'share.notAShare':
      return { key: 'join.refused.notAShare', params: { root } }
    case 'share.tooNew':
      return {
        key: 'join.refused.tooNew',
        params: { formatVersion: err.params.formatVersion ?? '', supported: SHARE_FORMAT_VERSION },
      }
    default:
      return err.code.startsWith('join.') ? { key: err.messageKey, params: err.params } : null
  }
}
