/** The frame's sync status as one short label and a colour (SyncIndicator, the settings tab). */
import type { TFunction } from 'i18next'
import type { SyncStatus } from '../../stores/syncStatus'
import { judgeClock } from '../../sync/publishGuard'

/** Above this many segments a cycle shows a progress bar (a first sync of a large share). */
export const PROGRESS_BAR_MIN = 5

export interface StatusLabel {
  text: string
  color: string
  /** Shown apart: nothing worth the eye (no share, a quiet synced state). */
  muted: boolean
}

export function agoText(t: TFunction, iso: string | null, now: number): string {
  if (!iso) return t('sync.status.notYet')
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000)
  if (minutes < 1) return t('sync.status.justNow')
  if (minutes < 60) return t('sync.status.minutesAgo', { count: minutes })
  if (minutes < 24 * 60) return t('sync.status.hoursAgo', { count: Math.floor(minutes / 60) })
  return t('sync.status.daysAgo', { count: Math.floor(minutes / 1440) })
}

/** The most pressing state first: stopped, offline, conflicts, then the quiet ones. */
export function statusLabel(t: TFunction, s: SyncStatus, now: number): StatusLabel {
  if (s.phase === 'notConfigured') return { text: t('sync.status.notConfigured'), color: 'gray', muted: true }
  if (s.phase === 'otherWindow') return { text: t('sync.status.otherWindow'), color: 'gray', muted: true }
  if (s.phase === 'offline') return { text: t('sync.status.offline'), color: 'red', muted: false }
  if (s.phase === 'stopped' || (s.stop && s.phase !== 'syncing'))
    return { text: t('sync.status.stopped', { reason: stopReason(t, s) }), color: 'red', muted: false }
  if (s.phase === 'syncing')
    return {
      text: s.progress
        ? t('sync.status.syncingProgress', { done: s.progress.done, total: s.progress.total })
        : t('sync.status.syncing'),
      color: 'blue',
      muted: false,
    }
  // Changes set aside wait on the same page as conflicts, for a person to settle.
  if (s.conflicts + s.failed > 0)
    return {
      text: t('sync.status.conflicts', { count: s.conflicts + s.failed }),
      color: 'orange',
      muted: false,
    }
  if (s.waiting > 0)
    return { text: t('sync.status.waiting', { count: s.waiting }), color: 'blue', muted: false }
  return { text: t('sync.status.synced', { ago: agoText(t, s.lastSyncAt, now) }), color: 'teal', muted: true }
}

/** Why sync stopped, in words: an engine stop, or the last failure's own sentence. */
export function stopReason(t: TFunction, s: Pick<SyncStatus, 'stop' | 'error' | 'errorParams'>): string {
  if (s.stop) return t(`sync.stops.${s.stop}`)
  if (s.error)
    return t(`errors.${s.error}`, {
      // A detail the failure did not name reads as a dash, never as {{…}}.
      reason: '—',
      path: '—',
      sha256: '—',
      ...s.errorParams,
      defaultValue: t('errors.internal'),
    })
  return ''
}

/** Warnings shown beside the label: a clock off by minutes, ops held from a PC ahead, duplicate records. */
export function statusWarnings(t: TFunction, s: SyncStatus): string[] {
  const out: string[] = []
  if (s.phase !== 'notConfigured' && judgeClock(s.clockOffsetMs) !== 'ok') out.push(t('sync.status.clock'))
  if (s.quarantined > 0) out.push(t('sync.status.quarantined'))
  if (s.duplicates > 0) out.push(t('sync.duplicates.status', { count: s.duplicates }))
  return out
}

/** An offset in the largest whole unit that fits (90 秒, 3 小时, 365 天). */
function amountText(t: TFunction, ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000)
  if (s < 120) return t('sync.status.amount.seconds', { count: s })
  if (s < 120 * 60) return t('sync.status.amount.minutes', { count: Math.round(s / 60) })
  if (s < 48 * 3600) return t('sync.status.amount.hours', { count: Math.round(s / 3600) })
  return t('sync.status.amount.days', { count: Math.round(s / 86_400) })
}

/**
 * This PC's clock against the share's (`offsetMs`: share minus this PC): a
 * clock off by more than the warning's limit is named as this PC's, slow
 * or fast — the PC to correct is this one, not the others.
 */
export function clockText(t: TFunction, offsetMs: number): string {
  const amount = amountText(t, offsetMs)
  if (judgeClock(offsetMs) === 'ok') return t('sync.status.clockLine', { amount })
  return t(offsetMs > 0 ? 'sync.status.clockBehind' : 'sync.status.clockAhead', { amount })
}
