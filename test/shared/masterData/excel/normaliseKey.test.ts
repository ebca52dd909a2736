/** How an import matches a row to a stored record's key: spacing, width and case do not count. */
import { describe, expect, it } from 'vitest'
import { archiveSpecs } from '../../../../shared/masterData/archiveSpecs'
import { normaliseKey } from '../../../../shared/masterData/excel/importReport'

describe('normaliseKey', () => {
  it('joins trimmed, half-width, upper-case values with a separator no cell contains', () => {
    expect(normaliseKey([' acme（福州） ', 'ｎｍ１'])).toBe('ACME(福州)\u0001NM1')
  })

  it('keeps apart keys whose values would run together when joined', () => {
    expect(normaliseKey(['ab', 'c'])).not.toBe(normaliseKey(['a', 'bc']))
  })

  it('gives the same key for the archive unique keys whatever the spelling when values match', () => {
    expect(archiveSpecs.products.uniqueKeys).toContainEqual(['name', 'spec', 'model'])
    expect(normaliseKey(['断路器', 'NM1-63', 'C32'])).toBe(normaliseKey(['断路器 ', 'ｎｍ１－６３', 'c32']))
  })
})
