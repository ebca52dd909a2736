/**
 * Parts of an amount in integer fen (CONVENTIONS.md §6): a share in basis
 * points (a milestone's 30 %, a price after a 5 % discount), rounded half up.
 * One home for this rounding: lines, quotes, approvals, milestones and the
 * printed documents all come out of these two functions, so a screen, a
 * check and a page never differ by a fen.
 */

const BP = 10_000

/** round-half-up(amountFen × partBp ÷ 10000), for amounts and shares ≥ 0. */
export function shareOfFen(amountFen: number, partBp: number): number {
  const scaled = amountFen * partBp + BP / 2
  if (Number.isSafeInteger(scaled)) {
    // Integer division by hand: a float quotient can land on the next integer near 2^53.
    let q = Math.floor(scaled / BP)
    if (q * BP > scaled) q -= 1
    else if ((q + 1) * BP <= scaled) q += 1
    return q
  }
  return Number((BigInt(amountFen) * BigInt(partBp) * 2n + BigInt(BP)) / BigInt(2 * BP))
}

/** An amount after a discount in basis points (1000 = 10 % off), rounded half up. */
export function discountedFen(amountFen: number, discountBp: number): number {
  return shareOfFen(amountFen, BP - discountBp)
}

/** quantity × unit price after discount, rounded half up once over the whole line. */
export function lineAmountFen(line: { qty: number; unitFen: number; discountBp: number }): number {
  const gross = line.qty * line.unitFen
  if (Number.isSafeInteger(gross)) return discountedFen(gross, line.discountBp)
  return Number(
    (BigInt(line.qty) * BigInt(line.unitFen) * BigInt(BP - line.discountBp) * 2n + BigInt(BP)) /
      BigInt(2 * BP),
  )
}
