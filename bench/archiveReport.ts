/** Prints what lies behind the customer-archive figures: every run, and where the time goes. */
import { round } from './figures'
import type { ImportTimings } from './scenarios/archiveImport'
import type { FirstRender, TypedKey } from './scenarios/archiveList'
import type { ImportProfile } from './scenarios/importRuns'
import type { CpuSummary } from './browser/cpuProfile'
import type { MainThread } from './browser/metrics'
import type { ListProfile } from './scenarios/listProfile'
import { median, percentile } from './stats'

const ms = (n: number) => `${round(n, 1)} ms`
const spread = (xs: readonly number[]) =>
  `p50 ${ms(percentile(xs, 50))}, p95 ${ms(percentile(xs, 95))}, max ${ms(Math.max(...xs))}`

/** The first number of the list's count text: 共 N 条 / 找到 N 条（共 T 条）. */
const shownCount = (text: string) => Number(/\d+/.exec(text)?.[0] ?? NaN)

function printCpu(title: string, cpu: CpuSummary): void {
  console.log(
    `  ${title}: main thread over ${ms(cpu.totalMs)}, idle ${ms(cpu.idleMs)}, ` +
      `garbage collection ${ms(cpu.gcMs)}; by self time:`,
  )
  for (const f of cpu.top) console.log(`    ${ms(f.ms).padStart(10)}  ${f.name}`)
}

export function printListDetails(
  renders: readonly FirstRender[],
  keys: { typed: readonly TypedKey[]; cleared: readonly TypedKey[] },
  typing: { mainThread: MainThread; cpu: CpuSummary },
  profile: ListProfile,
): void {
  console.log(
    `list first render (click 客户档案 → first row on screen), ${renders.length} fresh loads: ${renders.map((r) => ms(r.ms)).join(', ')}`,
  )
  const dash = renders.map((r) => ms(r.dashboardMs)).join(', ')
  console.log(`  before each click: sign-in → dashboard due items shown: ${dash}`)
  console.log(
    `  in-page profile at ${profile.rows} rows: IndexedDB read of the table ${ms(profile.readMs)}, ` +
      `search texts ${ms(profile.entriesMs)}, sort by pinyin name ${ms(profile.sortMs)}, search corpus ${ms(profile.corpusMs)}; the rest is React, layout and paint`,
  )

  const { typed, cleared } = keys
  const search = profile.search.map((s) => s.ms)
  const rest = typed.map((k, i) => k.ms - profile.search[i].ms)
  const counted = typed.filter((k) => k.countMs !== null).map((k) => k.countMs as number)
  const wrong = typed.filter(
    (k, i) => shownCount(k.countText) !== profile.search[i].count || k.inputValue !== k.text,
  )
  console.log(
    `keystrokes: ${typed.length} typed over ${new Set(typed.map((k) => k.query)).size} queries: ${spread(typed.map((k) => k.ms))}`,
  )
  console.log(
    `  React commits per key: median ${median(typed.map((k) => k.commits))}; list count as expected after ${typed.length - wrong.length} of ${typed.length} keys`,
  )
  for (const k of wrong) {
    const expected = profile.search[typed.indexOf(k)].count
    console.log(
      `  NOT as expected: typed '${k.text}', box holds '${k.inputValue}', list says '${k.countText}', expected ${expected}`,
    )
  }
  console.log(
    `  keys that changed the count (${counted.length}), key → frame after the change: ${spread(counted)}`,
  )
  console.log(
    `  search alone per prefix (SearchCorpus as the list runs it): ${spread(search)}; key total minus search: ${spread(rest)}`,
  )
  const { mainThread } = typing
  const perKey = (n: number) => ms(n / (typed.length + cleared.length))
  console.log(
    `  page main thread per key (typed and clearing): busy ${perKey(mainThread.TaskDuration)}, of it script ${perKey(mainThread.ScriptDuration)}, ` +
      `style ${perKey(mainThread.RecalcStyleDuration)}, layout ${perKey(mainThread.LayoutDuration)}`,
  )
  console.log(
    `  clearing the box (Backspace on all, ${cleared.length}×): ${spread(cleared.map((k) => k.ms))}`,
  )
  printCpu('the same keys typed again under a CPU profile (not counted)', typing.cpu)
  const slowest = typed
    .map((k, i) => ({ k, s: profile.search[i] }))
    .sort((a, b) => b.k.ms - a.k.ms)
    .slice(0, 5)
  for (const { k, s } of slowest)
    console.log(
      `  slow: '${k.text}' ${ms(k.ms)} (search ${ms(s.ms)}, ${s.count} found, ${k.commits} commits)`,
    )
}

export function printImportDetails(runs: readonly ImportTimings[], profiled: ImportProfile): void {
  const how = runs.length > 1 ? `median of ${runs.length} runs` : 'a single run'
  console.log(`import of ${runs[0]?.rows ?? 0} rows, file bytes → committed (${how}):`)
  const line = (r: ImportTimings) =>
    `${ms(r.totalMs)} = read in main ${ms(r.readMs)} + report ${ms(r.reportMs)} + importArchives ${ms(r.writeMs)} ` +
    `(of it validation and pinyin ≈ ${ms(r.prepareMs)}, transaction ≈ ${ms(r.writeMs - r.prepareMs)}); ` +
    `${r.ok} ok, ${r.bad} with problems, ${r.customersAfter} customers after; ` +
    `the open list shows them ${ms(r.shownMs)} after the start`
  for (const r of runs) console.log(`  ${line(r)}`)
  const { run, cpu, written } = profiled
  console.log(`  one more run under a CPU profile (not counted): ${line(run)}`)
  console.log(
    `    rows it wrote: ${Object.entries(written)
      .map(([t, n]) => `${t} +${n}`)
      .join(', ')}`,
  )
  printCpu('that run under the CPU profile (idle: waiting on IndexedDB or main)', cpu)
  console.log(`    exceljs reading the file alone (in Node, no bridge): ${ms(profiled.exceljsReadMs)}`)
}
