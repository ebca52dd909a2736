import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { searchIndexes, toSearchEntry } from '@shared/search/matchSearch'
import { NarrowingSearch } from '@shared/search/narrowingSearch'
import { buildSearchText } from '@shared/search/searchText'

const names = [
  '北京智诚科技有限公司',
  '北京金科技术有限公司',
  '上海北京路科技',
  '重庆银行',
  '天津滨海精密机械',
  'ABB变频器',
]
const entries = names.map((n, i) => toSearchEntry(buildSearchText({ named: [n], plain: [`1390000${i}`] })))
const order = [5, 3, 1, 0, 4, 2]

describe('NarrowingSearch', () => {
  it('gives the same results as a full search for every keystroke of a typed query', () => {
    const searcher = new NarrowingSearch()
    for (const query of ['b', 'bj', 'bjk', 'bjkj', 'bjkj ', 'bjkj y', 'bjk', '北', '北京', '北京 k', '']) {
      expect(searcher.search(entries, order, query), query).toEqual(searchIndexes(entries, order, query))
    }
  })

  it('finds rows a narrowed search had dropped once the query stops extending the last one', () => {
    const searcher = new NarrowingSearch()
    expect(searcher.search(entries, order, 'zhicheng')).toEqual([0])
    expect(searcher.search(entries, order, 'zhi')).toEqual(searchIndexes(entries, order, 'zhi'))
    expect(searcher.search(entries, order, 'chongqing')).toEqual([3])
  })

  it('starts afresh when the list or its order changes', () => {
    const searcher = new NarrowingSearch()
    searcher.search(entries, order, 'bj')
    const reordered = [...order].reverse()
    expect(searcher.search(entries, reordered, 'bjk')).toEqual(searchIndexes(entries, reordered, 'bjk'))
    const fewer = entries.slice(0, 3)
    expect(searcher.search(fewer, [0, 1, 2], 'bjkj')).toEqual(searchIndexes(fewer, [0, 1, 2], 'bjkj'))
  })

  it('matches a full search for any sequence of queries', () => {
    const alphabet = fc.constantFrom('b', 'j', 'k', 'z', 'h', ' ', '北', '京', '科', '1', '3', 'a')
    const query = fc.array(alphabet, { maxLength: 6 }).map((cs) => cs.join(''))
    fc.assert(
      fc.property(fc.array(query, { minLength: 1, maxLength: 12 }), (queries) => {
        const searcher = new NarrowingSearch()
        for (const q of queries)
          expect(searcher.search(entries, order, q)).toEqual(searchIndexes(entries, order, q))
      }),
    )
  })

  it('keeps typing extensions narrowing: a typed prefix sequence equals the full search', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('b', 'j', 'k', 'q', ' ', '京', 'y'), maxLength: 8 }),
        (typed) => {
          const searcher = new NarrowingSearch()
          for (let n = 1; n <= typed.length; n++) {
            const q = typed.slice(0, n)
            expect(searcher.search(entries, order, q)).toEqual(searchIndexes(entries, order, q))
          }
        },
      ),
    )
  })
})
