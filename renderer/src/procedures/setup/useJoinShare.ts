/**
 * The wizard's 加入已有共享文件夹: 测试文件夹 on the folder (main's probe),
 * then main's share.join, then sync cycles until caught up (joinFromStart,
 * over the runner's transport and under its lock, so no other window syncs
 * meanwhile). The sign-in screen follows once the person has seen what
 * arrived.
 */
import { useState } from 'react'
import type { ShareProbe } from '@shared/ipc/shareContract'
import { appDb } from '../../data/db'
import { api, unwrap } from '../../ipc/api'
import { useShareJoin } from '../../stores/shareJoin'
import { useSyncStatus } from '../../stores/syncStatus'
import { ipcTransport, measureClockOffset } from '../../sync/ipcTransport'
import { type JoinProgress, type JoinResult, joinFromStart } from '../../sync/joinFromStart'
import { SYNC_LOCK } from '../../sync/syncRunner'
import { type Refusal, joinRefusal, probeRefusal } from './joinRefusal'

/** Before a cycle that found unreadable segments is tried again (a share's listing can lag seconds). */
const RETRY_PAUSE_MS = 2000

export type JoinStep =
  | { step: 'idle' }
  | { step: 'probing' }
  | { step: 'joining'; progress: JoinProgress }
  | { step: 'done'; result: JoinResult }

export interface JoinShare {
  state: JoinStep
  probe: ShareProbe | null
  /** Why the folder cannot be joined (shown at the field). */
  refusal: Refusal | null
  /** Any other failure, as an AppFailure or an unexpected error. */
  failure: unknown
  start(root: string): Promise<void>
  /** Done: the gate shows the sign-in screen. */
  finish(): void
  clear(): void
}

export function useJoinShare(): JoinShare {
  const [state, setState] = useState<JoinStep>({ step: 'idle' })
  const [probe, setProbe] = useState<ShareProbe | null>(null)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const setJoining = useShareJoin((s) => s.setJoining)

  const clear = () => {
    setRefusal(null)
    setFailure(null)
  }

  const start = async (root: string) => {
    clear()
    setState({ step: 'probing' })
    try {
      const found = await unwrap(api().share.probe({ root }))
      setProbe(found)
      const refused = probeRefusal(found)
      if (refused) {
        setRefusal(refused)
        setState({ step: 'idle' })
        return
      }
      setJoining(true)
      setState({ step: 'joining', progress: { phase: 'checking' } })
      const result = await navigator.locks.request(SYNC_LOCK, () =>
        joinFromStart(
          appDb(),
          {
            join: (r) => unwrap(api().share.join({ root: r })),
            transport: ipcTransport(),
            clockOffsetMs: measureClockOffset,
          },
          {
            root,
            now: () => Date.now(),
            onProgress: (progress) => setState({ step: 'joining', progress }),
            pause: () => new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS)),
          },
        ),
      )
      useSyncStatus.getState().set({ phase: 'idle', lastSyncAt: new Date().toISOString(), progress: null })
      setState({ step: 'done', result })
    } catch (err) {
      const refused = joinRefusal(err, root)
      if (refused) setRefusal(refused)
      else setFailure(err)
      // The gate keeps the wizard up (the company row may have arrived already): 重试 goes on from there.
      setState({ step: 'idle' })
    }
  }

  return { state, probe, refusal, failure, start, finish: () => setJoining(false), clear }
}
