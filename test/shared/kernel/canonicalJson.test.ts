import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { canonicalJson } from '../../../shared/kernel/canonicalJson'

describe('canonicalJson', () => {
  it('sorts keys recursively and drops whitespace when given nested objects', () => {
    const value = { b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } }
    expect(canonicalJson(value)).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}')
  })

  it('gives the same text when keys were inserted in a different order', () => {
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
  })

  it('drops undefined properties and writes undefined array items as null', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}')
  })

  it('sorts keys by UTF-16 code units when keys are not ASCII', () => {
    expect(canonicalJson({ 金额: 1, Z: 2, a: 3, '10': 4, '9': 5 })).toBe(
      '{"10":4,"9":5,"Z":2,"a":3,"金额":1}',
    )
  })

  it('writes primitives as JSON.stringify does', () => {
    expect(canonicalJson(null)).toBe('null')
    expect(canonicalJson(true)).toBe('true')
    expect(canonicalJson(-0)).toBe('0')
    expect(canonicalJson(1e21)).toBe('1e+21')
    expect(canonicalJson(0.1)).toBe('0.1')
    expect(canonicalJson('引号"与\\换行\n')).toBe('"引号\\"与\\\\换行\\n"')
    expect(canonicalJson('\ud800')).toBe('"\\ud800"')
    expect(canonicalJson([])).toBe('[]')
    expect(canonicalJson({})).toBe('{}')
  })

  it('writes a Date as its ISO string when the value has toJSON', () => {
    expect(canonicalJson({ at: new Date(Date.UTC(2026, 1, 14)) })).toBe('{"at":"2026-02-14T00:00:00.000Z"}')
  })

  it('accepts the same object twice when it is shared but not cyclic', () => {
    const shared = { x: 1 }
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}')
  })

  it.each([
    ['undefined at top level', undefined],
    ['NaN', { a: NaN }],
    ['Infinity', [Infinity]],
    ['a BigInt', { a: 1n }],
    ['a function', { a: () => 1 }],
    ['a symbol', { a: Symbol('s') }],
    ['a Map', { a: new Map() }],
    ['a Set', { a: new Set([1]) }],
  ])('throws a TypeError when the value contains %s', (_label, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError)
  })

  it('throws a TypeError when the value is cyclic', () => {
    const a: Record<string, unknown> = {}
    a.self = a
    expect(() => canonicalJson(a)).toThrow(TypeError)
  })

  it('parses back to the same value as JSON when given any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value)
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)))
        expect(text).not.toMatch(/^\s|\s$/)
      }),
      { numRuns: 1000 },
    )
  })

  it('does not depend on key insertion order when given any object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 10 }), (dict) => {
        const reversed = Object.fromEntries(Object.entries(dict).reverse())
        expect(canonicalJson(reversed)).toBe(canonicalJson(dict))
      }),
    )
  })

  it('writes keys in sorted order when given any flat object', () => {
    // Keys without quotes or backslashes, so `"key":` cannot also match inside another key.
    const key = fc.string({ unit: fc.constantFrom('a', 'b', 'Z', '1', '9', '金', '_'), maxLength: 4 })
    fc.assert(
      fc.property(fc.dictionary(key, fc.integer()), (dict) => {
        const text = canonicalJson(dict)
        const sorted = Object.keys(dict).sort()
        const positions = sorted.map((k) => text.indexOf(`${JSON.stringify(k)}:`))
        expect(positions.every((p) => p >= 0)).toBe(true)
        expect(positions).toEqual([...positions].sort((x, y) => x - y))
      }),
    )
  })
})
