/** Schema 5 moves field clocks from `_fieldClock` onto their rows (`_clk`). */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { DeskDb } from '../../../renderer/src/data/db'
import { clocksOf } from '../../../shared/sync/rowClocks'

describe('schema 5 upgrade', () => {
  it('puts each stored field clock on its row and empties the old store', async () => {
    const name = `migrate-${Date.now()}`
    const old = new Dexie(name)
    old.version(4).stores({ settings: 'id', customers: 'id, followUpOn', _fieldClock: '[t+r+f]' })
    await old.table('settings').put({ id: 'k', value: 2, createdHlc: 'H1', deletedAt: null })
    await old.table('_fieldClock').bulkPut([
      { t: 'settings', r: 'k', f: 'value', h: 'H2', p: 'H1', named: ['H1'] },
      { t: 'settings', r: 'gone', f: 'value', h: 'H3', p: null },
    ])
    old.close()
    const db = new DeskDb(name)
    const row = await db.settings.get('k')
    expect(row).toMatchObject({ value: 2 })
    expect(clocksOf(row ?? {})).toEqual({ value: { h: 'H2', named: ['H1'] } })
    expect(await db._fieldClock.count()).toBe(0)
    db.close()
  })
})
