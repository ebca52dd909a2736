/**
 * This PC's block of business numbers, claimed on the share by the PC
 * itself (shared/sync/blockClaims.ts has the rule): every cycle it reads
 * each PC's current claim; while its own holds, it numbers from that block;
 * with none yet (a PC that just created or joined the share, or took a new
 * id) or one that lost to an earlier claim of the same block (two PCs
 * joining at once), it claims the lowest block nobody else claims, reads
 * the claims again at once, and claims again if it lost. A PC off the share
 * keeps numbering from the block it has.
 */
import { AppFailure } from '@shared/errors/appFailure'
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
import type { DeskDb } from '../data/db'
import { loadNumbering } from '../data/deviceMeta'
import { recordNumberBlock, usedOwnBlock } from '../data/numbering'
import { type ShareTransport, devicesDir } from './shareTransport'

export const blocksDir = (deviceId: string): string => `devices/${deviceId}/blocks`

/** Claims written and lost again within one cycle before it leaves the rest to the next. */
const CLAIMS_PER_CYCLE = 3

/** Claim files read before, by share and path: they never change, so each is read once. */
const known = new Map<string, BlockClaim>()

interface Claims {
  /** Each PC's current claim (its highest-numbered file). */
  current: Map<string, BlockClaim>
  /** Each PC's highest claim file number. */
  lastNo: Map<string, number>
  /** False when some PC's current claim could not be read yet (listed, not readable): nothing is claimed then. */
  complete: boolean
}

async function readClaims(share: ShareTransport, shareId: string): Promise<Claims> {
  const out: Claims = { current: new Map(), lastNo: new Map(), complete: true }
  const devices = await share.list(devicesDir)
  for (const deviceId of devices.names) {
    const listed = await share.list(blocksDir(deviceId))
    const no = Math.max(0, ...listed.names.map(claimNo).filter((n): n is number => n !== null))
    if (no === 0) continue
    out.lastNo.set(deviceId, no)
    const path = `${blocksDir(deviceId)}/${blockClaimName(no)}`
    let claim = known.get(`${shareId}/${path}`)
    if (!claim) {
      const file = await share.read(path)
      const parsed = 'missing' in file ? null : parseClaim(file.text, deviceId, no)
      if (!parsed) {
        out.complete = false
        continue
      }
      known.set(`${shareId}/${path}`, (claim = parsed))
    }
    out.current.set(deviceId, claim)
  }
  return out
}

/** Keeps this PC numbering from a block no other PC on the share holds; returns that block. */
export async function keepNumberBlock(
  db: DeskDb,
  share: ShareTransport,
  shareId: string,
  deviceId: string,
): Promise<number> {
  let written: BlockClaim | null = null
  for (let attempt = 0; ; attempt++) {
    const claims = await readClaims(share, shareId)
    // The claim just written counts even before a listing shows it.
    if (written && (claims.lastNo.get(deviceId) ?? 0) < written.no) {
      claims.current.set(deviceId, written)
      claims.lastNo.set(deviceId, written.no)
    }
    const numbering = await loadNumbering(db, deviceId)
    const mine = claims.current.get(deviceId)
    if (mine && holdsBlock(mine, claims.current.values())) {
      const claim = { shareId, deviceId, no: mine.no, order: mine.order }
      const same = numbering.claim
      if (
        numbering.pcIndex !== mine.block ||
        same?.shareId !== shareId ||
        same.deviceId !== deviceId ||
        same.no !== mine.no
      )
        await recordNumberBlock(db, mine.block, claim)
      return mine.block
    }
    // Not sure what every PC holds, or lost again and again this cycle: the next cycle goes on.
    if (!claims.complete || attempt >= CLAIMS_PER_CYCLE) return numbering.pcIndex
    // A PC that has numbered from its block keeps it when nobody else claims it.
    const prefer = !mine && (await usedOwnBlock(db, deviceId, numbering.pcIndex)) ? numbering.pcIndex : null
    const next: BlockClaim = {
      deviceId,
      block: freeBlock(claims.current.values(), deviceId, prefer),
      order: nextOrder(claims.current.values()),
      no: (claims.lastNo.get(deviceId) ?? 0) + 1,
    }
    const path = `${blocksDir(deviceId)}/${blockClaimName(next.no)}`
    try {
      await share.writeImmutable(path, claimText(next), deviceId)
    } catch (err) {
      // Another writer under this id (a clone) wrote that claim first: the id check sorts that out.
      if (err instanceof AppFailure && err.code === 'share.fork') return numbering.pcIndex
      throw err
    }
    known.set(`${shareId}/${path}`, next)
    written = next
    await recordNumberBlock(db, next.block, { shareId, deviceId, no: next.no, order: next.order })
  }
}
