/** Figures a bench run prints and writes to bench/results.json (not committed). */
import { writeFileSync } from 'node:fs'

export type Unit = 'ms' | 'bytes' | 'MB' | 'ratio'
/** `goal`: the most the figure may be, when it has one. */
export type Figures = Record<string, { value: number; unit: Unit; goal?: number }>

export function round(n: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

export function printFigures(figures: Figures): void {
  const width = Math.max(...Object.keys(figures).map((k) => k.length))
  for (const [name, { value, unit, goal }] of Object.entries(figures)) {
    const verdict = goal === undefined ? '' : `   goal ≤ ${goal} ${unit}: ${value <= goal ? 'met' : 'MISSED'}`
    console.log(`${name.padEnd(width)}  ${String(value).padStart(10)} ${unit}${verdict}`)
  }
}

export function writeResults(path: string, figures: Figures): void {
  writeFileSync(path, `${JSON.stringify(figures, null, 2)}\n`)
}
