import { describe, expect, it } from 'vitest'
import {
  type BlockClaim,
  blockClaimName,
  claimNo,
  claimText,
  freeBlock,
  holdsBlock,
  nextOrder,
  parseClaim,
} from '@shared/sync/blockClaims'

const claim = (deviceId: string, block: number, order: number, no = 1): BlockClaim => ({
  deviceId,
  block,
  order,
  no,
})

describe('block claims', () => {
  it('give a block to the claim made first, whatever the device ids', () => {
    // Z claimed first; A, with the lower id, claimed later having seen Z's claim.
    const z = claim('Z', 0, 1)
    const a = claim('A', 0, 2)
    expect(holdsBlock(z, [z, a])).toBe(true)
    expect(holdsBlock(a, [z, a])).toBe(false)
  })

  it('settle two claims made at once (the same order) by the lower device id, on every PC alike', () => {
    const b = claim('B', 1, 2)
    const c = claim('C', 1, 2)
    expect(holdsBlock(b, [c, b])).toBe(true)
    expect(holdsBlock(c, [b, c])).toBe(false)
  })

  it('claim again after the highest order seen, the lowest block nobody else claims', () => {
    const claims = [claim('A', 0, 1), claim('B', 1, 2), claim('C', 1, 2), claim('D', 3, 3)]
    expect(nextOrder(claims)).toBe(4)
    expect(freeBlock(claims, 'C', null)).toBe(2)
    expect(freeBlock(claims, 'E', null)).toBe(2)
  })

  it('keep the block a PC numbered from when nobody else claims it', () => {
    const claims = [claim('A', 0, 1)]
    expect(freeBlock(claims, 'B', 7)).toBe(7)
    expect(freeBlock(claims, 'B', 0)).toBe(1)
    expect(freeBlock([], 'A', null)).toBe(0)
  })

  it('read back only a well-formed claim of the device whose folder holds it', () => {
    const c = claim('01KB0000000000000000000000', 2, 3, 4)
    const text = claimText(c)
    expect(parseClaim(text, c.deviceId, 4)).toEqual(c)
    expect(parseClaim(text, '01KB0000000000000000000001', 4)).toBeNull()
    expect(parseClaim(text.slice(0, 10), c.deviceId, 4)).toBeNull()
    expect(parseClaim('{"deviceId":"X","block":-1,"order":1}', 'X', 1)).toBeNull()
    expect(claimText(c)).toBe(text)
    expect(blockClaimName(4)).toBe('000004.json')
    expect(claimNo('000004.json')).toBe(4)
    expect(claimNo('000004.json.tmp-x')).toBeNull()
  })
})
