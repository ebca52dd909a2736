/**
 * Duplicates worked out from the business keys' indexes (data/duplicates.ts):
 * from the records each write queues, or by walking a key's index when most
 * of a table was written at once — never by reading every record.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { DeskDb } from '../../../renderer/src/data/db'
import { duplicatesOfRecord, listDuplicates } from '../../../renderer/src/data/duplicates'
import {
  importArchives,
  saveArchive,
  setArchiveArchived,
} from '../../../renderer/src/data/repositories/archivesRepo'
import { USCC_A, USCC_B, as, customer } from './archiveFixture'
import { admin, freshDb } from './dbFixture'

let db: DeskDb
afterEach(() => db?.close())

describe('duplicates', () => {
  it('finds two of 300 imported customers sharing a credit code, never those with none, and follows edits and 停用', async () => {
    db = freshDb()
    const rows = Array.from({ length: 300 }, (_, i) => customer(`客户${i}`))
    rows[10] = customer('北京智诚科技有限公司', { uscc: USCC_A })
    rows[250] = customer('智诚科技', { uscc: USCC_A })
    rows[20] = customer('深圳南山仪表有限公司', { uscc: USCC_B })
    await importArchives(db, { table: 'customers', rows }, as(admin))
    const [group, ...none] = await listDuplicates(db)
    expect(none).toEqual([])
    expect(group).toMatchObject({ t: 'customers', valueText: USCC_A })
    expect(group.rows.map((r) => r.name).sort()).toEqual(['北京智诚科技有限公司', '智诚科技'].sort())
    // A third, typed in the form: one record's values looked up, the group grows.
    const third = await saveArchive(
      db,
      { table: 'customers', id: null, input: customer('智诚科技（华东）', { uscc: USCC_A }) },
      as(admin),
    )
    expect((await listDuplicates(db))[0].rows).toHaveLength(3)
    expect(await duplicatesOfRecord(db, 'customers', third.id)).toHaveLength(1)
    // Corrected, and one 停用: one left, no duplicate.
    await saveArchive(
      db,
      { table: 'customers', id: third.id, input: customer('智诚科技（华东）', { uscc: USCC_B }) },
      as(admin),
    )
    expect((await listDuplicates(db)).map((g) => g.valueText).sort()).toEqual([USCC_A, USCC_B].sort())
    await setArchiveArchived(db, { table: 'customers', id: third.id, archived: true }, as(admin))
    const left = await listDuplicates(db)
    expect(left.map((g) => g.valueText)).toEqual([USCC_A])
    const id = String(left[0].rows[0].id)
    await setArchiveArchived(db, { table: 'customers', id, archived: true }, as(admin))
    expect(await listDuplicates(db)).toEqual([])
    expect(await db._dupQueue.count()).toBe(0)
  })
})
