/**
 * Blocks of business numbers (SYNC.md "Joining, keys and numbers"): each PC
 * numbers every series (合同, 报价单, 电话订货 …) from a block of its own,
 * which it claims by itself on the share — no lock, no administrator typing
 * a block. A claim is a small immutable file in the PC's own folder
 * (`devices/<id>/blocks/000001.json`, then 000002 …: the highest is the PC's
 * current claim), so every share file keeps exactly one writer.
 *
 * The rule every PC applies to the claims it reads, so all agree:
 * - claims are ordered by `order`, then by device id. A PC writes a claim
 *   with `order` one more than the highest it saw, so a claim made after
 *   seeing another always comes after it: a PC already holding a block is
 *   never displaced by one that joins later, whatever their clocks say;
 * - a block belongs to the first claim naming it; a later claim of the same
 *   block is lost, and its PC claims again (the lowest block nobody else
 *   claims, with a higher order than everything it saw).
 * Two PCs joining at once, neither seeing the other's claim yet, may name
 * the same block with the same order: the lower device id keeps it, and the
 * other moves on as soon as it reads that claim.
 */
import { canonicalJson } from '../kernel/canonicalJson'

export interface BlockClaim {
  deviceId: string
  /** The block: PC numbers block × RANGE + 1 … of each period (shared/procedures/contracts/numbering.ts). */
  block: number
  /** One more than the highest order among the claims its writer saw (1 for the first). */
  order: number
  /** The claim file's number in its writer's folder (1, 2 …). */
  no: number
}

const NAME = /^(\d{6})\.json$/

export const blockClaimName = (no: number): string => `${String(no).padStart(6, '0')}.json`

/** The number of a claim file's name, or null for a name that is none. */
export function claimNo(name: string): number | null {
  const m = NAME.exec(name)
  return m ? Number(m[1]) : null
}

/** The claim file's text (canonical JSON: writing it again gives the same bytes). */
export function claimText(claim: BlockClaim): string {
  return `${canonicalJson({ format: 1, deviceId: claim.deviceId, block: claim.block, order: claim.order })}\n`
}

const count = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0

/** A claim file read back, or null when it is not one of `deviceId`'s (torn, or someone else's). */
export function parseClaim(text: string, deviceId: string, no: number): BlockClaim | null {
  try {
    const v = JSON.parse(text) as Record<string, unknown>
    if (v.deviceId !== deviceId || !count(v.block) || !count(v.order) || v.order < 1) return null
    return { deviceId, block: v.block, order: v.order, no }
  } catch {
    return null
  }
}

/** Whether `a` comes before `b` in the claims' order. */
export function comesBefore(a: BlockClaim, b: BlockClaim): boolean {
  return a.order !== b.order ? a.order < b.order : a.deviceId < b.deviceId
}

/** The claim that holds each block: the first, in the claims' order, of the current claims naming it. */
export function holders(claims: Iterable<BlockClaim>): Map<number, BlockClaim> {
  const out = new Map<number, BlockClaim>()
  for (const c of claims) {
    const first = out.get(c.block)
    if (!first || comesBefore(c, first)) out.set(c.block, c)
  }
  return out
}

/** Whether `claim` holds its block among `claims` (every PC's current one). */
export function holdsBlock(claim: BlockClaim, claims: Iterable<BlockClaim>): boolean {
  return holders(claims).get(claim.block)?.deviceId === claim.deviceId
}

/**
 * The block `self` claims next: `prefer` (the block it numbered from
 * before) when no other PC claims it, else the lowest block no other PC
 * claims.
 */
export function freeBlock(claims: Iterable<BlockClaim>, self: string, prefer: number | null): number {
  const taken = new Set<number>()
  for (const c of claims) if (c.deviceId !== self) taken.add(c.block)
  if (prefer !== null && !taken.has(prefer)) return prefer
  let block = 0
  while (taken.has(block)) block++
  return block
}

/** The order of a claim written after seeing `claims`. */
export function nextOrder(claims: Iterable<BlockClaim>): number {
  let highest = 0
  for (const c of claims) highest = Math.max(highest, c.order)
  return highest + 1
}
