/** 校验归档: main re-hashes every file; the check is recorded in the audit trail. */
import { assertCan } from '@shared/auth/permissions'
import type { ArchiveVerifyReport } from '@shared/ipc/archiveContract'
import { api, unwrap } from '../../ipc/api'
import type { DeskDb } from '../db'
import { runWrite, type WriteContext } from '../unitOfWork'
import { jobFraction, waitForJob } from './archiveJobs'
import type { OnArchiveProgress } from './runArchiveExport'

export async function verifyArchive(
  db: DeskDb,
  req: { name: string; onProgress: OnArchiveProgress },
  ctx: WriteContext,
): Promise<ArchiveVerifyReport> {
  const { name, onProgress } = req
  assertCan(ctx.actor, 'backup.run')
  const { jobId } = await unwrap(api().archive.verify({ name }))
  const job = await waitForJob(jobId, (j) => onProgress({ phase: 'verify', fraction: jobFraction(j) }))
  const report = job.report as ArchiveVerifyReport
  await runWrite(db, ctx, (w) =>
    w.event('archiveVerify', 'system', name, {
      ok: report.ok,
      checked: report.checked,
      missing: report.missing.length,
      changed: report.changed.length,
      unexpected: report.unexpected.length,
    }),
  )
  onProgress({ phase: 'verify', fraction: 1 })
  return report
}
