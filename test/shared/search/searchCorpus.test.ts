import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { searchIndexes, toSearchEntry } from '@shared/search/matchSearch'
import { SearchCorpus } from '@shared/search/searchCorpus'
import { buildSearchText } from '@shared/search/searchText'

const names = [
  '北京智诚科技有限公司',
  '北京金科技术有限公司',
  '上海北京路科技',
  '重庆银行',
  '天津滨海精密机械',
  'ABB变频器',
]
const texts = names.map((n, i) =>
  buildSearchText({ named: [n, i % 2 ? '' : n.slice(0, 4)], plain: [`1390000${i}`, '北京'] }),
)
const entries = texts.map(toSearchEntry)
const order = [5, 3, 1, 0, 4, 2]

describe('SearchCorpus', () => {
  it('ranks field starts, then inside a field, then initials, each in list order', () => {
    const corpus = new SearchCorpus(texts, order)
    // 上海北京路科技 has 北京 inside its name only; the others start a field with it (region 北京 for all).
    expect(corpus.search('北京')).toEqual(searchIndexes(entries, order, '北京'))
    expect(corpus.search('bjkj')).toEqual([1, 0])
    expect(corpus.search('zhicheng')).toEqual([0])
    expect(corpus.search('')).toEqual(order)
    expect(corpus.search('bj \u0001')).toEqual([])
  })

  it('reads a stored text without initials (written before them, or empty) as all text', () => {
    const raw = ['abc def', '', 'xbc']
    const corpus = new SearchCorpus(raw, [2, 1, 0])
    for (const q of ['bc', 'de', 'ad', 'x'])
      expect(corpus.search(q), q).toEqual(searchIndexes(raw.map(toSearchEntry), [2, 1, 0], q))
  })

  it('gives the same results as searchIndexes for any order and query', () => {
    const alphabet = fc.constantFrom(
      'b',
      'j',
      'k',
      'z',
      'h',
      'y',
      'x',
      ' ',
      '北',
      '京',
      '科',
      '1',
      '3',
      'a',
      '0',
    )
    const query = fc.array(alphabet, { maxLength: 7 }).map((cs) => cs.join(''))
    const anOrder = fc.shuffledSubarray(
      entries.map((_, i) => i),
      { minLength: 0 },
    )
    fc.assert(
      fc.property(anOrder, fc.array(query, { minLength: 1, maxLength: 8 }), (o, queries) => {
        const corpus = new SearchCorpus(texts, o)
        for (const q of queries) expect(corpus.search(q), q).toEqual(searchIndexes(entries, o, q))
      }),
    )
  })

  it('agrees with searchIndexes on generated texts where one row holds a token many times', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'y', 'x', '北'), minLength: 1, maxLength: 6 })
    const row = fc.record({
      named: fc.array(word, { maxLength: 3 }),
      plain: fc.array(word, { maxLength: 3 }),
    })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), word, (rows, q) => {
        const ts = rows.map((r) => buildSearchText(r))
        const es = ts.map(toSearchEntry)
        const o = es.map((_, i) => i).reverse()
        expect(new SearchCorpus(ts, o).search(q)).toEqual(searchIndexes(es, o, q))
      }),
    )
  })
})

describe('SearchCorpus results', () => {
  it('hands out the same array while a keystroke leaves the result unchanged', () => {
    const corpus = new SearchCorpus(texts, order)
    const first = corpus.search('youxian')
    expect(corpus.search('youxiang')).toBe(first)
    expect(corpus.search('youxiang')).toEqual([1, 0])
    const other = corpus.search('bjzc')
    expect(other).not.toBe(first)
    expect(other).toEqual([0])
  })
})

describe('SearchCorpus recent queries', () => {
  it('answers a query typed again (after Backspace) with the same result as the first time', () => {
    const corpus = new SearchCorpus(texts, order)
    const typed = ['b', 'bj', 'bjk', 'bjkj', 'bjk', 'bj', 'b', '', 'b', '北', 'b']
    const results = typed.map((q) => [...corpus.search(q)])
    expect(results).toEqual(typed.map((q) => searchIndexes(entries, order, q)))
    // Equal queries up to spacing and case share one result.
    expect(corpus.search('  BJ ')).toEqual(searchIndexes(entries, order, 'bj'))
  })

  it('keeps only the last 16 queries but still answers older ones correctly', () => {
    const corpus = new SearchCorpus(texts, order)
    const queries = Array.from(
      { length: 40 },
      (_, i) => ['b', 'k', '1', 'y', 'j'][i % 5] + (i % 3 ? '' : 'j'),
    )
    for (const q of [...queries, ...queries.reverse()])
      expect(corpus.search(q), q).toEqual(searchIndexes(entries, order, q))
  })
})
