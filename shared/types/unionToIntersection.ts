/** `A | B` → `A & B`: merges what every member of a registry contributes into one type. */
export type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never
