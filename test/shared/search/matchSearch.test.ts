import { describe, expect, it } from 'vitest'
import {
  matchScore,
  parseQuery,
  searchIndexes,
  type SearchEntry,
  toSearchEntry,
} from '@shared/search/matchSearch'
import { buildSearchText } from '@shared/search/searchText'

/** An entry as the list builds it from a stored record's `search`. */
const entry = (named: string[], plain: string[] = []): SearchEntry =>
  toSearchEntry(buildSearchText({ named, plain }))
const score = (e: SearchEntry, query: string) => matchScore(e, parseQuery(query))
const all = (entries: readonly SearchEntry[]) => entries.map((_, i) => i)

const zhicheng = entry(['北京智诚科技有限公司', '智诚'], ['91350100M000100Y43', '0571-88886666', '北京'])
const beijingRoad = entry(['上海北京路科技'], ['', '021-55556666', '上海'])
const jiancai = entry(['北京建材有限公司'], ['91440300708461136T', '010-12345678', '北京'])

describe('parseQuery', () => {
  it('lower-cases and splits on any run of spaces when the query has several words', () => {
    expect(parseQuery('  BJ   科技 ')).toEqual(['bj', '科技'])
  })

  it('splits on the full-width space when a Chinese input method typed it', () => {
    expect(parseQuery('北京\u3000科技')).toEqual(['北京', '科技'])
  })

  it('returns no token when the query is blank', () => {
    expect(parseQuery('   ')).toEqual([])
  })
})

describe('matchScore', () => {
  it('finds a name by a subsequence of its initials when anchored at the first letter (bjkj → 北京智诚科技)', () => {
    expect(score(zhicheng, 'bjkj')).toBe(1)
    expect(score(zhicheng, 'BJKJ')).toBe(1)
  })

  it('does not find a name by initials when the subsequence does not start at its first letter', () => {
    expect(score(beijingRoad, 'bjkj')).toBe(0)
    expect(score(zhicheng, 'jkj')).toBe(0)
  })

  it('finds a name by initials as a plain substring when the letters are contiguous', () => {
    expect(score(beijingRoad, 'bjl')).toBe(2)
    expect(score(zhicheng, 'bjzc')).toBe(3)
  })

  it('uses the initials of a second named field when the first does not match', () => {
    const e = entry(['ABB China', '华东智能电气'])
    expect(score(e, 'hdq')).toBe(1)
  })

  it('does not try initials when the token has a digit or is a single letter', () => {
    const e = entry(['北京一号'])
    expect(score(e, 'bjyh')).toBe(3)
    expect(score(e, 'by1')).toBe(0)
  })

  it('finds a substring of the name as typed when the query is Chinese', () => {
    expect(score(beijingRoad, '北京')).toBe(2)
    expect(score(zhicheng, '北京')).toBe(3)
    expect(score(zhicheng, '有限')).toBe(2)
  })

  it('finds a substring of the full pinyin when the query spells a word inside the name', () => {
    expect(score(zhicheng, 'zhicheng')).toBeGreaterThan(0)
    expect(score(zhicheng, 'beijing')).toBe(3)
    expect(score(beijingRoad, 'beijinglu')).toBe(2)
  })

  it('finds the credit code whatever its case when the query is part of it', () => {
    expect(score(zhicheng, '91350100m000')).toBe(3)
    expect(score(zhicheng, '100Y43')).toBe(2)
    expect(score(jiancai, '91350100')).toBe(0)
  })

  it('finds the phone number when the query is part of it', () => {
    expect(score(zhicheng, '88886666')).toBe(2)
    expect(score(zhicheng, '0571')).toBe(3)
    expect(score(beijingRoad, '88886666')).toBe(0)
  })

  it('requires every token and scores the weakest when the query has several words', () => {
    expect(score(zhicheng, '北京 科技')).toBe(2)
    expect(score(beijingRoad, '北京 科技')).toBe(2)
    expect(score(jiancai, '北京 科技')).toBe(0)
    expect(score(zhicheng, 'beijing bjkj')).toBe(1)
  })

  it('never matches across two fields when a token spans their boundary', () => {
    const e = entry(['智诚'], ['0571'])
    // Sections are 智诚 | zhicheng | zc | 0571.
    expect(score(e, 'zhichengzc')).toBe(0)
    expect(score(e, 'zc0571')).toBe(0)
    expect(score(e, '诚zhi')).toBe(0)
  })

  it('scores a field start when the token starts a later field though it first occurs inside an earlier one', () => {
    // Name 上海北京路科技 holds 北京 inside; the region field 北京 starts with it.
    const e = entry(['上海北京路科技'], ['北京'])
    expect(score(e, '北京')).toBe(3)
  })

  it('matches nothing when the record has no search text', () => {
    expect(score(toSearchEntry(''), 'a')).toBe(0)
  })
})

describe('searchIndexes', () => {
  it('returns the given order unchanged when the query is empty or blank', () => {
    const entries = [zhicheng, beijingRoad, jiancai]
    const order = [2, 0, 1]
    expect(searchIndexes(entries, order, '')).toEqual([2, 0, 1])
    expect(searchIndexes(entries, order, '   ')).toEqual([2, 0, 1])
    expect(searchIndexes(entries, order, '')).not.toBe(order)
  })

  it('ranks field-start matches before inside matches before initials subsequences', () => {
    const subseq = entry(['北京智诚科技有限公司'])
    const inside = entry(['上海北京建科集团'], ['x-bjkj-001'])
    const start = entry(['南京北京'], ['bjkj-002'])
    const none = entry(['广州白云'])
    const entries = [subseq, inside, none, start]
    expect(score(subseq, 'bjkj')).toBe(1)
    expect(score(inside, 'bjkj')).toBe(2)
    expect(score(start, 'bjkj')).toBe(3)
    expect(searchIndexes(entries, all(entries), 'bjkj')).toEqual([3, 1, 0])
  })

  it('keeps the given order within a tier when several records score the same', () => {
    const a = entry(['北京甲公司'])
    const b = entry(['北京乙公司'])
    const c = entry(['上海北京丙公司'])
    const d = entry(['上海北京丁公司'])
    const entries = [a, b, c, d]
    expect(searchIndexes(entries, [3, 1, 2, 0], '北京')).toEqual([1, 0, 3, 2])
    expect(searchIndexes(entries, [0, 1, 2, 3], '北京')).toEqual([0, 1, 2, 3])
  })

  it('looks only at the indexes of the given order when the list is filtered', () => {
    const entries = [zhicheng, beijingRoad, jiancai]
    expect(searchIndexes(entries, [1, 2], '北京')).toEqual([2, 1])
  })

  it('drops records that do not match when the query matches some', () => {
    const entries = [zhicheng, beijingRoad, jiancai]
    expect(searchIndexes(entries, all(entries), 'bjkj')).toEqual([0])
    expect(searchIndexes(entries, all(entries), '重庆')).toEqual([])
  })
})
