/**
 * A fixed CPU workload (pinyin of 10,000 company names, in Node) timed at the
 * start and end of a run, so figures from a slower or busier machine can be
 * told from a slower app.
 */
import { pinyinKeys } from '../shared/search/pinyinKeys'
import { companyName } from './seed/chineseData'

const names = Array.from({ length: 10_000 }, (_, n) => companyName(n).name)

/** The second of two passes (the first warms the JIT and the dictionary). */
export function calibrationMs(): number {
  for (const name of names) pinyinKeys(name)
  const t0 = performance.now()
  for (const name of names) pinyinKeys(name)
  return performance.now() - t0
}
