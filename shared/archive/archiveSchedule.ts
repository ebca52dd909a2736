/**
 * When the next archive is due. 每月: once per calendar month; 每周: once per
 * week (Monday to Sunday, as the department's weekly meeting counts weeks);
 * 仅手动: never by itself. Pure: the time is passed in, in local time.
 */
export type ArchiveSchedule = 'monthly' | 'weekly' | 'manual'
export const archiveSchedules: readonly ArchiveSchedule[] = ['monthly', 'weekly', 'manual']

/** Whether no good archive exists yet for the period `now` falls in. */
export function isArchiveDue(schedule: ArchiveSchedule, lastGoodAt: Date | null, now: Date): boolean {
  if (schedule === 'manual') return false
  if (!lastGoodAt) return true
  return lastGoodAt.getTime() < periodStart(schedule, now).getTime()
}

/** The first moment of the period holding `now`. */
export function periodStart(schedule: Exclude<ArchiveSchedule, 'manual'>, now: Date): Date {
  if (schedule === 'monthly') return new Date(now.getFullYear(), now.getMonth(), 1)
  const daysSinceMonday = (now.getDay() + 6) % 7
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysSinceMonday)
}
