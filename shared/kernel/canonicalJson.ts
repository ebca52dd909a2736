/**
 * Deterministic JSON for hashing audit entries: two equal values must give the
 * same bytes whatever order their keys were inserted in. Keys are sorted by
 * UTF-16 code units (as RFC 8785 does), there is no whitespace, and numbers and
 * strings are written exactly as JSON.stringify writes them.
 *
 * Where JSON.stringify would silently lose data that an audit hash must cover
 * (NaN/Infinity → null, Map/Set → {}, functions and symbols dropped, BigInt,
 * cycles), this throws a TypeError instead. `undefined` object properties are
 * dropped and `undefined` array items become null, as in JSON.
 */
export function canonicalJson(value: unknown): string {
  const out = write(value, new Set())
  if (out === undefined) throw new TypeError('canonicalJson: top-level value is undefined')
  return out
}

function write(value: unknown, seen: Set<object>): string | undefined {
  if (value === undefined) return undefined
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number ${value}`)
    return JSON.stringify(value)
  }
  if (typeof value !== 'object') throw new TypeError(`canonicalJson: cannot encode a ${typeof value}`)
  if (seen.has(value)) throw new TypeError('canonicalJson: cyclic structure')
  if (value instanceof Map || value instanceof Set)
    throw new TypeError('canonicalJson: cannot encode Map or Set')

  // Dates and other objects with toJSON are written as JSON.stringify would write them.
  const toJSON: unknown = (value as { toJSON?: unknown }).toJSON
  if (typeof toJSON === 'function') return write(toJSON.call(value) as unknown, seen)

  seen.add(value)
  let out: string
  if (Array.isArray(value)) {
    out = `[${value.map((item: unknown) => write(item, seen) ?? 'null').join(',')}]`
  } else {
    const record = value as Record<string, unknown>
    const parts: string[] = []
    for (const key of Object.keys(record).sort()) {
      const encoded = write(record[key], seen)
      if (encoded !== undefined) parts.push(`${JSON.stringify(key)}:${encoded}`)
    }
    out = `{${parts.join(',')}}`
  }
  seen.delete(value)
  return out
}
