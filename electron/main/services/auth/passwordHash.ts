/**
 * scrypt password hashes, self-describing so the cost can be raised later
 * without breaking stored hashes: `scrypt$N$r$p$saltB64$hashB64`.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import { AppFailure } from '../../../../shared/errors/appFailure'

export const SCRYPT_PARAMS = { N: 16384, r: 8, p: 1, keylen: 32, saltBytes: 16 } as const

interface ParsedHash {
  N: number
  r: number
  p: number
  salt: Buffer
  hash: Buffer
}

export async function hashPassword(password: string): Promise<string> {
  const { N, r, p, keylen, saltBytes } = SCRYPT_PARAMS
  const salt = randomBytes(saltBytes)
  const hash = await deriveKey(password, salt, keylen, N, r, p)
  return ['scrypt', N, r, p, salt.toString('base64'), hash.toString('base64')].join('$')
}

/** True when the password matches; throws `auth.badHash` when the stored hash is not one of ours. */
export async function passwordMatches(password: string, encoded: string): Promise<boolean> {
  const parsed = parseHash(encoded)
  const candidate = await deriveKey(password, parsed.salt, parsed.hash.length, parsed.N, parsed.r, parsed.p)
  return timingSafeEqual(candidate, parsed.hash)
}

function parseHash(encoded: string): ParsedHash {
  const parts = encoded.split('$')
  const bad = new AppFailure('auth.badHash', 'errors.auth.badHash')
  if (parts.length !== 6 || parts[0] !== 'scrypt') throw bad
  const [N, r, p] = parts.slice(1, 4).map((s) => (/^\d{1,7}$/.test(s) ? Number(s) : NaN))
  // The hash arrives from the renderer's database: bound the cost so a
  // tampered record cannot make main allocate gigabytes.
  const powerOfTwo = Number.isInteger(Math.log2(N))
  if (!powerOfTwo || N < 1024 || N > 65536 || !(r >= 1 && r <= 16) || !(p >= 1 && p <= 4)) throw bad
  const salt = strictBase64(parts[4])
  const hash = strictBase64(parts[5])
  if (!salt || !hash || salt.length < 16 || salt.length > 64 || hash.length < 16 || hash.length > 64)
    throw bad
  return { N, r, p, salt, hash }
}

/** Buffer.from(…, 'base64') skips junk silently; a stored hash must round-trip exactly. */
function strictBase64(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64')
  return bytes.toString('base64') === text ? bytes : undefined
}

function deriveKey(
  password: string,
  salt: Buffer,
  keylen: number,
  N: number,
  r: number,
  p: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // NFC: the same password typed through different input methods must match.
    scrypt(password.normalize('NFC'), salt, keylen, { N, r, p, maxmem: 256 * N * r }, (err, key) =>
      err ? reject(err) : resolve(key),
    )
  })
}
