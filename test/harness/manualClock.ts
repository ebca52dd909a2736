/** A clock that moves only when the test says so. */
export interface ManualClock {
  now(): Date
  advance(ms: number): void
  set(at: Date): void
}

export function createManualClock(start = new Date('2025-03-03T09:00:00+08:00')): ManualClock {
  let current = start.getTime()
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms
    },
    set: (at) => {
      current = at.getTime()
    },
  }
}
