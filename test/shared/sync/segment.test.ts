import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { encodeSegment, parseSegment, segmentBodyEnd } from '@shared/sync/segment'
import type { SyncOp } from '@shared/sync/syncOp'
import { firstSegmentHeader } from '../../harness/segmentHeader'

const header = firstSegmentHeader('DEV-A')
const op: SyncOp = {
  id: 'DEV-A:1',
  t: 'customers',
  r: 'C1',
  f: 'name',
  v: '福州远航贸易有限公司',
  h: 'H1',
  p: null,
  sv: 5,
}
const text = encodeSegment(header, [op])
const body = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1)
const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex')

describe('segment files', () => {
  it('checks the footer against a body hash it works out, or one the reader of the bytes gives', async () => {
    const parsed = await parseSegment(text)
    expect(parsed.ok && parsed.segment.ops).toEqual([op])
    expect(parsed.ok && parsed.segment.hash).toBe(sha(body))
    expect((await parseSegment(text, sha(body))).ok).toBe(true)
    // A hash of other bytes (the file changed between the read and the hash) is a bad checksum.
    expect(await parseSegment(text, sha(`${body} `))).toEqual({ ok: false, problem: 'checksum' })
  })

  it('cuts the body at the same place in the UTF-8 bytes as in the text, Chinese included', () => {
    const bytes = new TextEncoder().encode(text)
    const end = segmentBodyEnd(bytes)
    expect(end).toBe(new TextEncoder().encode(body).length)
    expect(sha(bytes.subarray(0, end ?? 0))).toBe(sha(body))
    // Cut short: no newline at the end, no body.
    expect(segmentBodyEnd(bytes.subarray(0, bytes.length - 3))).toBeNull()
    expect(segmentBodyEnd(new Uint8Array())).toBeNull()
  })

  it('calls a file cut short torn and one with bytes changed a bad checksum, whoever hashed it', async () => {
    expect(await parseSegment(text.slice(0, -5))).toEqual({ ok: false, problem: 'torn' })
    const changed = text.replace('福州', '厦门')
    expect(await parseSegment(changed)).toEqual({ ok: false, problem: 'checksum' })
    const changedBody = changed.slice(0, changed.lastIndexOf('\n', changed.length - 2) + 1)
    expect(await parseSegment(changed, sha(changedBody))).toEqual({ ok: false, problem: 'checksum' })
  })
})
