import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isId, newId } from '../../../shared/kernel/ids'

describe('newId', () => {
  it('makes a valid 26-character id when called', () => {
    const id = newId()
    expect(id).toHaveLength(26)
    expect(isId(id)).toBe(true)
  })

  it('sorts in creation order when many ids are made in the same millisecond', () => {
    const ids = Array.from({ length: 10_000 }, () => newId())
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('encodes the current time in the first 10 characters when called', () => {
    const before = Date.now()
    const id = newId()
    const after = Date.now()
    const ms = [...id.slice(0, 10)].reduce(
      (acc, ch) => acc * 32 + '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(ch),
      0,
    )
    // The monotonic factory may reuse an earlier millisecond, never a later one.
    expect(ms).toBeLessThanOrEqual(after)
    expect(ms).toBeGreaterThanOrEqual(before - 1000)
  })
})

describe('isId', () => {
  it.each(['01ARZ3NDEKTSV4RRFFQ69G5FAV', '00000000000000000000000000', '7ZZZZZZZZZZZZZZZZZZZZZZZZZ'])(
    'accepts %s when it is a canonical ULID',
    (s) => {
      expect(isId(s)).toBe(true)
    },
  )

  it.each([
    ['', 'empty'],
    ['01ARZ3NDEKTSV4RRFFQ69G5FA', '25 characters'],
    ['01ARZ3NDEKTSV4RRFFQ69G5FAVV', '27 characters'],
    ['01arz3ndektsv4rrffq69g5fav', 'lowercase'],
    ['01ARZ3NDEKTSV4RRFFQ69G5FAI', 'the letter I'],
    ['01ARZ3NDEKTSV4RRFFQ69G5FAL', 'the letter L'],
    ['01ARZ3NDEKTSV4RRFFQ69G5FAO', 'the letter O'],
    ['01ARZ3NDEKTSV4RRFFQ69G5FAU', 'the letter U'],
    ['80000000000000000000000000', 'a timestamp past 48 bits'],
    ['01ARZ3NDEKTSV4RRFFQ69G5FA-', 'punctuation'],
    [' 01ARZ3NDEKTSV4RRFFQ69G5FA', 'a leading space'],
  ])('rejects %j when it has %s', (s) => {
    expect(isId(s)).toBe(false)
  })

  it('rejects any string that is not 26 characters long', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => s.length !== 26),
        (s) => {
          expect(isId(s)).toBe(false)
        },
      ),
    )
  })
})
