/**
 * Runs async jobs one after another. Services use it around read-modify-write
 * of their files, so two requests arriving together cannot lose an update or
 * pick the same backup name.
 */
export interface SerialQueue {
  run<T>(job: () => Promise<T>): Promise<T>
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve()
  return {
    run<T>(job: () => Promise<T>): Promise<T> {
      const result = tail.then(job)
      // A failed job must not poison the queue for the next one.
      tail = result.catch(() => undefined)
      return result
    },
  }
}
