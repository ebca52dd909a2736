import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { sha256Hex } from '../../../shared/kernel/sha256'

function nodeSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 vectors when hashing empty and "abc"', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
  })

  it('hashes the UTF-8 bytes when the text is Chinese', () => {
    const text = '商务部工作台：合同金额壹仟陆佰捌拾元零叁角贰分'
    expect(sha256Hex(text)).toBe(nodeSha256(text))
  })

  it('hashes 4-byte UTF-8 characters when the text has emoji', () => {
    expect(sha256Hex('𠮷😀')).toBe(nodeSha256('𠮷😀'))
  })

  it('returns 64 lowercase hex characters and matches node:crypto when given any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const hex = sha256Hex(text)
        expect(hex).toMatch(/^[0-9a-f]{64}$/)
        expect(hex).toBe(nodeSha256(text))
      }),
      { numRuns: 500 },
    )
  })
})
