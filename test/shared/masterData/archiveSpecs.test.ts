import { describe, expect, it } from 'vitest'
import { permissionRoles } from '@shared/auth/permissions'
import { archiveSearchText } from '@shared/masterData/archiveSearch'
import {
  archiveSpecs,
  archiveTables,
  childFieldsFor,
  childSpecs,
  childTables,
} from '@shared/masterData/archiveSpecs'
import { emptyValue, emptyValues } from '@shared/masterData/fieldSpec'
import { optionSets } from '@shared/masterData/optionSets'
import { archiveTableSpecs } from '@shared/masterData/archiveTables'
import { contractorFields, customerFields, productFields } from '@shared/masterData/recordSpecs'
import { matchScore, parseQuery, toSearchEntry } from '@shared/search/matchSearch'

describe('archiveSpecs', () => {
  it.each(archiveTables)(
    'names only fields of its own record in the %s search, duplicate keys and date order',
    (table) => {
      const spec = archiveSpecs[table]
      const keys = new Set(spec.fields.map((f) => f.key))
      const named = [
        ...spec.pinyinFields,
        ...spec.searchFields,
        ...spec.uniqueKeys.flat(),
        ...(spec.dateOrder ?? []).flat(),
      ]
      expect(named.filter((k) => !keys.has(k))).toEqual([])
      for (const [a, b] of spec.dateOrder ?? []) {
        expect(spec.fields.find((f) => f.key === a)?.kind).toBe('date')
        expect(spec.fields.find((f) => f.key === b)?.kind).toBe('date')
      }
    },
  )

  it.each(childTables)('names only date fields of the %s row in its date order', (table) => {
    const spec = childSpecs[table]
    for (const key of (spec.dateOrder ?? []).flat())
      expect(spec.fields.find((f) => f.key === key)?.kind).toBe('date')
  })

  it('gives every field a unique key when a record is described', () => {
    for (const fields of [
      ...archiveTables.map((t) => archiveSpecs[t].fields),
      ...childTables.map((t) => childSpecs[t].fields),
    ]) {
      const keys = fields.map((f) => f.key)
      expect(new Set(keys).size).toBe(keys.length)
    }
  })

  it('gives every select an option set whose values include its initial value', () => {
    const all = [
      ...archiveTables.map((t) => archiveSpecs[t].fields),
      ...childTables.map((t) => childSpecs[t].fields),
    ].flat()
    for (const f of all.filter((x) => x.kind === 'select')) {
      expect(f.optionSet, f.key).toBeDefined()
      if (f.initial !== undefined) expect(optionSets[f.optionSet!] as readonly string[]).toContain(f.initial)
    }
  })

  it('points every ref at an archive table', () => {
    const all = archiveTables.flatMap((t) => archiveSpecs[t].fields)
    for (const f of all.filter((x) => x.kind === 'ref')) expect(archiveTables).toContain(f.refTable)
  })

  it('uses a permission that exists for every archive', () => {
    for (const t of archiveTables) expect(Object.keys(permissionRoles)).toContain(archiveSpecs[t].edit)
  })

  it('keeps product prices to the commerce roles and qualifications to the archivist, not to sales', () => {
    expect(permissionRoles[archiveSpecs.products.edit]).not.toContain('sales')
    expect(permissionRoles[archiveSpecs.qualifications.edit]).toContain('archivist')
    expect(permissionRoles[archiveSpecs.qualifications.edit]).not.toContain('sales')
    expect(permissionRoles[archiveSpecs.customers.edit]).toContain('sales')
    expect(permissionRoles['archives.edit']).not.toContain('finance')
    expect(permissionRoles['archives.restore']).toEqual(['admin'])
  })
})

describe('childFieldsFor', () => {
  it('leaves out the designer fields when a contact is under a customer', () => {
    const keys = childFieldsFor('contacts', 'customers').map((f) => f.key)
    expect(keys).not.toContain('isDesigner')
    expect(keys).not.toContain('specialty')
    expect(keys).toContain('mobile')
  })

  it('keeps the designer fields when a contact is under a design institute', () => {
    const keys = childFieldsFor('contacts', 'institutes').map((f) => f.key)
    expect(keys).toContain('isDesigner')
    expect(keys).toContain('specialty')
  })
})

describe('emptyValue', () => {
  it('starts numbers at 0, booleans at false and texts empty when no initial is given', () => {
    expect(emptyValue({ key: 'a', kind: 'money' })).toBe(0)
    expect(emptyValue({ key: 'a', kind: 'bool' })).toBe(false)
    expect(emptyValue({ key: 'a', kind: 'date' })).toBe('')
  })

  it('uses the initial value when the spec gives one', () => {
    const values = emptyValues(productFields)
    expect(values).toMatchObject({ unit: '台', taxRateBp: 1300, active: true, listPriceFen: 0, name: '' })
  })
})

describe('archiveSearchText', () => {
  const values = {
    ...emptyValues(customerFields),
    name: '北京智诚科技有限公司',
    shortName: '智诚',
    uscc: '91350100M000100Y43',
    phone: '0571-88886666',
    region: '杭州',
    notes: '不应被搜索的备注',
  }
  const find = (search: string, query: string) => matchScore(toSearchEntry(search), parseQuery(query))

  it('searches the pinyin fields and the search fields of the spec, not the others', () => {
    const search = archiveSearchText(archiveSpecs.customers, values)
    expect(find(search, 'bjkj')).toBeGreaterThan(0)
    expect(find(search, 'zhicheng')).toBeGreaterThan(0)
    expect(find(search, '91350100m')).toBeGreaterThan(0)
    expect(find(search, '88886666')).toBeGreaterThan(0)
    expect(find(search, '杭州')).toBeGreaterThan(0)
    expect(find(search, 'hangzhou')).toBe(0)
    expect(find(search, '备注')).toBe(0)
  })

  it('adds contact names with their pinyin and their phones when contacts are given', () => {
    const search = archiveSearchText(archiveSpecs.customers, values, [
      { name: '张伟', mobile: '13800001111', phone: '0571-2222' },
    ])
    expect(find(search, '张伟')).toBe(3)
    expect(find(search, 'zhangwei')).toBe(3)
    expect(find(search, 'zw')).toBe(3)
    expect(find(search, '13800001111')).toBe(3)
    expect(find(search, '0571-2222')).toBe(3)
  })

  it('ignores values that are not text when a field holds a number or a boolean', () => {
    const search = archiveSearchText(
      { pinyinFields: ['name'], searchFields: ['listPriceFen'] },
      { name: 'X', listPriceFen: 100 },
    )
    expect(find(search, '100')).toBe(0)
  })
})

describe('engineering contractors (工程商)', () => {
  const values = {
    ...emptyValues(contractorFields),
    name: '浙江恒安机电安装工程有限公司',
    shortName: '恒安机电',
    uscc: '91350100M000100Y43',
    qualificationLevel: '机电工程施工总承包二级',
    brands: '西门子、ABB',
    region: '杭州',
    phone: '0571-86001234',
    notes: '不应被搜索的备注',
  }
  const search = archiveSearchText(archiveSpecs.contractors, values, [
    { name: '周工', mobile: '13905710000', phone: '' },
  ])
  const find = (query: string) => matchScore(toSearchEntry(search), parseQuery(query))

  it('is a party archive with contacts, imported from Excel, kept by whoever keeps the parties', () => {
    expect(archiveTables).toContain('contractors')
    expect(archiveSpecs.contractors).toMatchObject({
      route: '/contractors',
      children: ['contacts'],
      importable: true,
      edit: archiveSpecs.customers.edit,
    })
    expect(archiveSpecs.contractors.fields.filter((f) => f.required).map((f) => f.key)).toEqual(['name'])
    expect(contractorFields.find((f) => f.key === 'uscc')?.kind).toBe('uscc')
  })

  it('finds a contractor by pinyin initials, short name, credit code, brand and contact', () => {
    expect(find('zjha')).toBeGreaterThan(0)
    expect(find('恒安机电')).toBeGreaterThan(0)
    expect(find('hajd')).toBeGreaterThan(0)
    expect(find('91350100M000100Y43')).toBeGreaterThan(0)
    expect(find('西门子')).toBeGreaterThan(0)
    expect(find('周工')).toBeGreaterThan(0)
    expect(find('13905710000')).toBeGreaterThan(0)
    expect(find('备注')).toBe(0)
  })

  it('flags two contractors of one credit code as duplicates, by the table spec too', () => {
    expect(archiveSpecs.contractors.uniqueKeys).toContainEqual(['uscc'])
    expect(archiveTableSpecs.contractors.uniqueKeys?.map((k) => k.fields)).toEqual([['uscc']])
    // A new table: its Dexie store comes after db.ts's hand-declared versions, with the key's index.
    expect(archiveTableSpecs.contractors.store).toEqual({ since: 8, indexes: 'uscc' })
    expect(archiveTableSpecs.customers.store).toBeUndefined()
  })
})

describe('products tracked by serial number', () => {
  it('has a serialized switch that starts off, in the template and as a list filter', () => {
    const field = productFields.find((f) => f.key === 'serialized')
    expect(field).toMatchObject({ kind: 'bool', importable: true, filter: true })
    expect(emptyValues(productFields).serialized).toBe(false)
  })
})
