import { describe, expect, it } from 'vitest'
import { gridTemplate } from '../../../../renderer/src/components/virtualTable/gridTemplate'

describe('gridTemplate', () => {
  it('gives the free width to the name columns, each never narrower than its own width', () => {
    expect(gridTemplate([{ width: 150 }, { width: 240, grow: 1 }, { width: 200, grow: 1 }])).toEqual({
      template: '150px minmax(240px, 1fr) minmax(200px, 1fr)',
      minWidth: 590,
      filler: false,
    })
  })

  it('leaves the free width to a filler when no column grows', () => {
    expect(gridTemplate([{ width: 150 }, { width: 100 }])).toEqual({
      template: '150px 100px 1fr',
      minWidth: 250,
      filler: true,
    })
  })
})
