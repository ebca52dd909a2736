/** The time, moved on every half minute, so "N 分钟前" follows without a new sync cycle. */
import { useEffect, useState } from 'react'

export function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000)
    return () => clearInterval(id)
  }, [])
  return now
}
