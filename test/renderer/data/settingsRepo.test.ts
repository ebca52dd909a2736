import { afterEach, describe, expect, it } from 'vitest'
import { defaultClauseLibrary } from '@shared/procedures/contracts/defaultClauses'
import type { DeskDb } from '../../../renderer/src/data/db'
import { readSettings, saveSettings } from '../../../renderer/src/data/repositories/settingsRepo'
import { admin, at, clerk, freshDb } from './dbFixture'

let db: DeskDb
afterEach(() => db?.close())
const ctx = { actor: admin, now: at('2026-11-26T08:00:00Z') }

/** A deep copy: equal by value, never the same array or objects. */
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

async function written() {
  return {
    settings: await db.settings.count(),
    audit: await db._audit.count(),
    ops: await db._outbox.count(),
  }
}

describe('settings repository', () => {
  it('writes nothing for a clause library equal by value to the stored one (the default)', async () => {
    db = freshDb()
    await saveSettings(db, { 'contracts.clauseLibrary': copy(defaultClauseLibrary) }, ctx)
    expect(await written()).toEqual({ settings: 0, audit: 0, ops: 0 })
  })

  it('saves a changed clause library once, then an equal copy of it writes nothing', async () => {
    db = freshDb()
    const library = [...copy(defaultClauseLibrary), { title: '保密', text: '双方对本合同内容负有保密义务。' }]
    await saveSettings(db, { 'contracts.clauseLibrary': library }, ctx)
    expect(await written()).toEqual({ settings: 1, audit: 1, ops: 1 })
    expect((await readSettings(db))['contracts.clauseLibrary']).toEqual(library)

    await saveSettings(db, { 'contracts.clauseLibrary': copy(library) }, ctx)
    expect(await written()).toEqual({ settings: 1, audit: 1, ops: 1 })
  })

  it('notices a reordered library and a changed word in one clause', async () => {
    db = freshDb()
    const swapped = copy(defaultClauseLibrary)
    ;[swapped[0], swapped[1]] = [swapped[1], swapped[0]]
    await saveSettings(db, { 'contracts.clauseLibrary': swapped }, ctx)
    expect((await readSettings(db))['contracts.clauseLibrary'][0].title).toBe('交货与验收')

    const edited = copy(swapped)
    edited[5].text = edited[5].text.replace('一式肆份', '一式陆份')
    await saveSettings(db, { 'contracts.clauseLibrary': edited }, ctx)
    expect(await db._audit.count()).toBe(2)
    expect((await readSettings(db))['contracts.clauseLibrary'][5].text).toContain('一式陆份')
  })

  it('saves all changed keys in one transaction and leaves the unchanged ones alone', async () => {
    db = freshDb()
    await saveSettings(
      db,
      {
        'approvals.priceDeviationBp': 300,
        'approvals.majorContractFen': 10_000_000,
        'contracts.numberPattern': 'HT-{yyyy}{MM}-{seq:4}',
        'contracts.partyNames': 'gongXu',
        'quotations.validDays': 30,
      },
      ctx,
    )
    const ids = (await db.settings.toArray()).map((r) => r.id).sort()
    expect(ids).toEqual(['approvals.majorContractFen', 'approvals.priceDeviationBp', 'contracts.partyNames'])
    const values = await readSettings(db)
    expect(values['approvals.priceDeviationBp']).toBe(300)
    expect(values['approvals.majorContractFen']).toBe(10_000_000)
    expect(values['contracts.partyNames']).toBe('gongXu')
  })

  it('stores texts as the schema reads them, so surrounding spaces are not a change', async () => {
    db = freshDb()
    await saveSettings(db, { 'contracts.numberPattern': '  HT-{yyyy}{MM}-{seq:4}  ' }, ctx)
    expect(await written()).toEqual({ settings: 0, audit: 0, ops: 0 })
    await saveSettings(db, { 'contracts.numberPattern': ' HT{yy}{pc}{seq:3} ' }, ctx)
    expect((await readSettings(db))['contracts.numberPattern']).toBe('HT{yy}{pc}{seq:3}')
  })

  it('refuses a bad pattern or an empty clause and writes none of the other keys', async () => {
    db = freshDb()
    await expect(
      saveSettings(db, { 'quotations.validDays': 15, 'contracts.numberPattern': 'HT-{yyyy}' }, ctx),
    ).rejects.toMatchObject({ code: 'settings.invalid', params: { key: 'contracts.numberPattern' } })
    await expect(
      saveSettings(db, { 'contracts.clauseLibrary': [{ title: '  ', text: '内容' }] }, ctx),
    ).rejects.toMatchObject({ code: 'settings.invalid', params: { key: 'contracts.clauseLibrary' } })
    expect(await written()).toEqual({ settings: 0, audit: 0, ops: 0 })
  })

  it('refuses a clerk, whatever the screen shows', async () => {
    db = freshDb()
    await expect(
      saveSettings(db, { 'approvals.priceDeviationBp': 100 }, { ...ctx, actor: clerk }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    expect(await written()).toEqual({ settings: 0, audit: 0, ops: 0 })
  })
})
