/**
 * What the 归档导出 screen does, with one progress bar for whichever long
 * action runs: export, verify, restore. Only one runs at a time.
 */
import { notifications } from '@mantine/notifications'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArchiveInfo, ArchivePhase, ArchiveVerifyReport } from '@shared/ipc/archiveContract'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { type ArchiveProgress, runArchiveExport } from '../../data/archiveExport/runArchiveExport'
import { restoreFromArchive } from '../../data/archiveExport/restoreFromArchive'
import { verifyArchive } from '../../data/archiveExport/verifyArchive'
import { formatBytes } from '../archives/AttachmentsSection'
import { useActor, useWriteContext } from '../../stores/session'
import { archiveWorkbooks } from './archiveWorkbooks'
import { useRestoredCounts } from './restoredCountsStore'

export interface ArchiveRun {
  phase: ArchivePhase
  percent: number
}

export function useArchiveActions(reload: () => void) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const [run, setRun] = useState<ArchiveRun | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [report, setReport] = useState<ArchiveVerifyReport | null>(null)
  const restoredCounts = useRestoredCounts((s) => s.counts)
  const setRestoredCounts = useRestoredCounts((s) => s.set)

  const onProgress = useCallback(
    (p: ArchiveProgress) => setRun({ phase: p.phase, percent: p.fraction * 100 }),
    [],
  )

  const guarded = useCallback(
    async (first: ArchivePhase, work: () => Promise<void>) => {
      setFailure(null)
      setReport(null)
      setRun({ phase: first, percent: 0 })
      try {
        await work()
      } catch (err) {
        setFailure(errorText(t, err))
      } finally {
        setRun(null)
        reload()
      }
    },
    [reload, t],
  )

  const exportNow = useCallback(
    () =>
      guarded('records', async () => {
        const now = new Date()
        const archive: ArchiveInfo = await runArchiveExport(
          appDb(),
          { actor, now },
          (db) => archiveWorkbooks(db, t, now),
          onProgress,
        )
        notifications.show({
          color: 'green',
          autoClose: 10_000,
          message: t('archiveExport.done', {
            name: archive.name,
            files: archive.files,
            size: formatBytes(archive.bytes),
          }),
        })
      }),
    [actor, guarded, onProgress, t],
  )

  const verify = useCallback(
    (name: string) =>
      guarded('verify', async () => {
        setReport(await verifyArchive(appDb(), { name, onProgress }, write()))
      }),
    [write, guarded, onProgress],
  )

  const restore = useCallback(
    (name: string) =>
      guarded('verify', async () => {
        const outcome = await restoreFromArchive(appDb(), { name, onProgress }, write())
        setRestoredCounts(outcome.counts)
        notifications.show({
          color: 'green',
          autoClose: 10_000,
          message: t('archiveExport.restore.done', { tables: outcome.tablesCompared }),
        })
      }),
    [write, guarded, onProgress, setRestoredCounts, t],
  )

  return { run, failure, report, restoredCounts, exportNow, verify, restore }
}
