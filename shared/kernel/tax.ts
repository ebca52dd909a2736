/**
 * VAT arithmetic on integer fen with rates in basis points (1300 = 13%).
 * Products such as gross × 10000 pass 2^53 for large amounts, so the division
 * is done in BigInt; results are always ≤ the input and fit back in a number.
 */

const BP = 10000n

function assertAmount(value: number, name: string, fn: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${fn}: ${name} must be a non-negative safe integer, got ${value}`)
  }
}

function assertRate(rateBp: number, fn: string): void {
  if (!Number.isInteger(rateBp) || rateBp < 0 || rateBp > 10000) {
    throw new RangeError(`${fn}: rateBp must be an integer in 0..10000, got ${rateBp}`)
  }
}

/** round-half-up(num / den) for num ≥ 0, den > 0: floor((2·num + den) / (2·den)). */
function divRoundHalfUp(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den)
}

/**
 * Splits a tax-inclusive amount (含税价) into net and tax. The net is rounded
 * and the tax is the remainder, so net + tax always equals the gross printed
 * on the contract — no fen is created or lost.
 */
export function splitTax(grossFen: number, rateBp: number): { netFen: number; taxFen: number } {
  assertAmount(grossFen, 'grossFen', 'splitTax')
  assertRate(rateBp, 'splitTax')
  const netFen = Number(divRoundHalfUp(BigInt(grossFen) * BP, BP + BigInt(rateBp)))
  return { netFen, taxFen: grossFen - netFen }
}

/** Tax on a tax-exclusive amount (不含税价): round-half-up(net × rate ÷ 10000). */
export function taxOnNet(netFen: number, rateBp: number): number {
  assertAmount(netFen, 'netFen', 'taxOnNet')
  assertRate(rateBp, 'taxOnNet')
  return Number(divRoundHalfUp(BigInt(netFen) * BigInt(rateBp), BP))
}
