/**
 * Jobs that outlive one request (export, verify, restoring files). Main keeps
 * each job's progress; the renderer polls it. Finished jobs are kept for a
 * while so a late poll still sees the outcome.
 */
import { randomBytes } from 'node:crypto'
import type { ArchiveJob, ArchivePhase } from '../../../../shared/ipc/archiveContract'
import { AppFailure } from '../../../../shared/errors/appFailure'

const KEEP_FINISHED = 20

export interface JobRegistry {
  start(kind: ArchiveJob['kind'], phase: ArchivePhase): ArchiveJob
  get(jobId: string): ArchiveJob
  /** Runs `work` in the background; its result or failure lands on the job. */
  run(job: ArchiveJob, work: () => Promise<Partial<ArchiveJob>>): void
}

export function createJobRegistry(): JobRegistry {
  const jobs = new Map<string, ArchiveJob>()

  function forgetOld(): void {
    const finished = [...jobs.values()].filter((j) => j.state !== 'running')
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(job.jobId)
  }

  return {
    start(kind, phase) {
      forgetOld()
      const job: ArchiveJob = {
        jobId: randomBytes(8).toString('hex'),
        kind,
        state: 'running',
        phase,
        done: 0,
        total: 0,
      }
      jobs.set(job.jobId, job)
      return job
    },
    get(jobId) {
      const job = jobs.get(jobId)
      if (!job) throw new AppFailure('archive.noJob', 'errors.archive.noJob', { jobId })
      return job
    },
    run(job, work) {
      void work().then(
        (outcome) => Object.assign(job, outcome, { state: 'done' }),
        (err: unknown) =>
          Object.assign(job, {
            state: 'failed',
            error:
              err instanceof AppFailure
                ? err.toData()
                : { code: 'internal', messageKey: 'errors.internal', params: {} },
          }),
      )
    },
  }
}

/** A copy for the wire, so later progress does not change what was sent. */
export function snapshot(job: ArchiveJob): ArchiveJob {
  return structuredClone(job)
}
