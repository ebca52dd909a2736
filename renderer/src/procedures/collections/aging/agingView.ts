/** How the aging buckets, a month and a month close's step look on screen. */
import type { AgingBucket } from '@shared/procedures/collections/aging'
import type { MonthCloseStep } from '@shared/procedures/collections/records'

export const bucketColor: Record<AgingBucket, string> = {
  notDue: 'gray',
  days0to30: 'teal',
  days31to60: 'yellow.7',
  days61to90: 'orange',
  over90: 'red',
}

export const monthCloseStepColor: Record<MonthCloseStep, string> = {
  open: 'blue',
  toSignOff: 'orange',
  signedOff: 'green',
}

/** 2026-06 → 2026年6月. */
export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
