import { describe, expect, it } from 'vitest'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { archiveSearchText } from '@shared/masterData/archiveSearch'
import { type ArchiveTable, archiveSpecs } from '@shared/masterData/archiveSpecs'
import {
  choicesOf,
  PICKER_LIMIT,
  RecordChoices,
} from '../../../../renderer/src/procedures/contracts/shared/recordChoices'

/** A stored archive record as the repository writes it: its values and its search text. */
function stored(
  table: ArchiveTable,
  id: string,
  values: Record<string, string>,
  deletedAt: string | null = null,
) {
  return {
    id,
    createdAt: '2026-03-02T08:00:00.000Z',
    createdBy: 'u1',
    updatedAt: '2026-03-02T08:00:00.000Z',
    updatedBy: 'u1',
    deletedAt,
    ...values,
    search: archiveSearchText(archiveSpecs[table], values),
  } as unknown as AnyRecord
}

const customers = [
  stored('customers', 'c1', { name: '上海北京路贸易有限公司', region: '上海' }),
  stored('customers', 'c2', {
    name: '北京智诚科技有限公司',
    shortName: '智诚',
    uscc: '91110108MA01K7L3X5',
    region: '北京',
  }),
  stored('customers', 'c3', { name: '重庆长江电力设备有限公司', shortName: '渝电', region: '重庆' }),
  stored('customers', 'c4', { name: '北京金科技术有限公司', region: '北京' }, '2026-04-01T00:00:00.000Z'),
]
const products = [
  stored('products', 'p1', { name: '变频器', spec: 'ACS580-01-12A7-4', model: 'ACS580', code: 'WL-0001' }),
  stored('products', 'p2', { name: '断路器', spec: 'NSX100F', model: 'LV429630', code: 'WL-0002' }),
]
const ids = (found: readonly AnyRecord[]) => found.map((r) => r.id)

describe('RecordChoices', () => {
  it('finds a customer by pinyin initials, 简称 and USCC as the archive list does', () => {
    const choices = new RecordChoices(customers)
    expect(ids(choices.find('bjkj'))).toEqual(['c2'])
    expect(ids(choices.find('渝电'))).toEqual(['c3'])
    expect(ids(choices.find('yudian'))).toEqual(['c3'])
    expect(ids(choices.find('91110108MA01K7L3X5'))).toEqual(['c2'])
  })

  it('finds a product by its code, model and pinyin', () => {
    const choices = new RecordChoices(products)
    expect(ids(choices.find('WL-0002'))).toEqual(['p2'])
    expect(ids(choices.find('lv4296'))).toEqual(['p2'])
    expect(ids(choices.find('bpq'))).toEqual(['p1'])
    expect(ids(choices.find('duanluqi'))).toEqual(['p2'])
  })

  it('lists the records not archived in pinyin order when nothing is typed, the best matches first otherwise', () => {
    const choices = new RecordChoices(customers)
    // beijing…, chongqing…, shanghai…; 北京金科 is archived.
    expect(ids(choices.find(''))).toEqual(['c2', 'c3', 'c1'])
    // Region 北京 starts a field of c2; 上海北京路 holds it inside its name only.
    expect(ids(choices.find('北京'))).toEqual(['c2', 'c1'])
  })

  it('still names an archived record by its id (a stored contract keeps its customer)', () => {
    const choices = new RecordChoices(customers)
    expect(choices.byId('c4')?.name).toBe('北京金科技术有限公司')
    expect(choices.byId('nope')).toBeUndefined()
  })

  it('lists at most PICKER_LIMIT records when many match', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      stored('customers', `m${i}`, { name: `北京第${i}机械厂`, region: '北京' }),
    )
    const choices = new RecordChoices(many)
    expect(choices.find('bj')).toHaveLength(PICKER_LIMIT)
    expect(choices.find('北京', 5)).toHaveLength(5)
  })
})

describe('choicesOf', () => {
  it('gives every picker of one table read the same choices, and a new read new ones', () => {
    const rows = [...customers]
    expect(choicesOf(rows)).toBe(choicesOf(rows))
    expect(choicesOf([...rows])).not.toBe(choicesOf(rows))
  })
})
