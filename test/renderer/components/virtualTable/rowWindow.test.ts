import { describe, expect, it } from 'vitest'
import { rowWindow } from '../../../../renderer/src/components/virtualTable/useFixedRows'

describe('rowWindow', () => {
  it('renders the rows in view plus the overscan on each side', () => {
    // 38 px rows, 380 px viewport scrolled to row 100.
    expect(rowWindow(3800, 380, 38, 100_000, 5)).toEqual({ first: 95, end: 115 })
  })

  it('starts at row 0 at the top and stops at the last row at the bottom', () => {
    expect(rowWindow(0, 380, 38, 100_000, 5)).toEqual({ first: 0, end: 15 })
    expect(rowWindow(38 * 99_990, 380, 38, 100_000, 5)).toEqual({ first: 99_985, end: 100_000 })
  })

  it('renders nothing for an empty list and all rows for a short one', () => {
    expect(rowWindow(0, 380, 38, 0, 5)).toEqual({ first: 0, end: 0 })
    expect(rowWindow(0, 800, 38, 3, 5)).toEqual({ first: 0, end: 3 })
  })

  it('never returns a window past the end when the list shrank under a deep scroll', () => {
    const w = rowWindow(38 * 50_000, 380, 38, 20, 5)
    expect(w.first).toBeLessThanOrEqual(w.end)
    expect(w.end).toBe(20)
  })
})
