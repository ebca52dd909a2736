/** Waits for a main-side archive job, reporting its progress as it goes. */
import type { ArchiveJob } from '@shared/ipc/archiveContract'
import { AppFailure } from '@shared/errors/appFailure'
import { api, unwrap } from '../../ipc/api'

const POLL_MS = 200

export async function waitForJob(jobId: string, onJob: (job: ArchiveJob) => void): Promise<ArchiveJob> {
  for (;;) {
    const job = await unwrap(api().archive.progress({ jobId }))
    onJob(job)
    if (job.state === 'done') return job
    if (job.state === 'failed') {
      const e = job.error ?? { code: 'internal', messageKey: 'errors.internal', params: {} }
      throw new AppFailure(e.code, e.messageKey, e.params)
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

/** A job's own progress as 0..1. */
export function jobFraction(job: ArchiveJob): number {
  return job.total > 0 ? Math.min(1, job.done / job.total) : 0
}
