import { describe, expect, it } from 'vitest'
import { archiveSpecs, archiveTables, childSpecs, childTables } from '@shared/masterData/archiveSpecs'
import { emptyValues, type FieldSpec } from '@shared/masterData/fieldSpec'
import { fieldSchema, isIsoDate, MAX_FEN, recordSchema } from '@shared/masterData/recordSchema'
import { customerFields, distributorFields } from '@shared/masterData/recordSpecs'

const VALID_USCC = '91350100M000100Y43'

/** The first issue's message, or 'ok' when the value passes. */
function check(field: FieldSpec, value: unknown): string {
  const r = fieldSchema(field).safeParse(value)
  return r.success ? 'ok' : r.error.issues[0].message
}
const parsed = (field: FieldSpec, value: unknown) => fieldSchema(field).parse(value)

const text: FieldSpec = { key: 'name', kind: 'text', required: true, maxLength: 10 }
const optionalText: FieldSpec = { key: 'notes', kind: 'text' }

/** Required fields a new form leaves empty, filled the way a clerk would. */
function filled(fields: readonly FieldSpec[]): Record<string, unknown> {
  const values: Record<string, unknown> = emptyValues(fields)
  for (const f of fields)
    if (f.required && values[f.key] === '') values[f.key] = f.kind === 'date' ? '2026-01-01' : '名称'
  return values
}

describe('fieldSchema', () => {
  it.each(['', '   '])('refuses %j with validation.required when the text field is required', (value) => {
    expect(check(text, value)).toBe('validation.required')
  })

  it('accepts an empty text when the field is optional', () => {
    expect(check(optionalText, '')).toBe('ok')
  })

  it('trims a text when it carries spaces around it', () => {
    expect(parsed(text, '  北京智诚  ')).toBe('北京智诚')
  })

  it('counts characters, not bytes, and refuses one too many with validation.tooLong', () => {
    expect(check(text, '一二三四五六七八九十')).toBe('ok')
    expect(check(text, '一二三四五六七八九十一')).toBe('validation.tooLong')
  })

  it('limits a text without maxLength to 200 characters', () => {
    expect(check(optionalText, 'x'.repeat(200))).toBe('ok')
    expect(check(optionalText, 'x'.repeat(201))).toBe('validation.tooLong')
  })

  it('refuses a number where a text is expected', () => {
    expect(check(text, 12)).not.toBe('ok')
  })

  describe('uscc', () => {
    const uscc: FieldSpec = { key: 'uscc', kind: 'uscc' }

    it('accepts a credit code when its check character matches', () => {
      expect(check(uscc, VALID_USCC)).toBe('ok')
    })

    it('upper-cases a credit code when it was typed in lower case', () => {
      expect(parsed(uscc, ' 91350100m000100y43 ')).toBe(VALID_USCC)
    })

    it('refuses a credit code with the key of what is wrong in it', () => {
      expect(check(uscc, '91350100M000100Y44')).toBe('validation.uscc.checkChar')
      expect(check(uscc, '91350100M000100Y4')).toBe('validation.uscc.length')
      expect(check(uscc, '94350100M000100Y43')).toBe('validation.uscc.category')
    })

    it('refuses a credit code with validation.tooLong when it has more than 18 characters', () => {
      expect(check(uscc, `${VALID_USCC}0`)).toBe('validation.tooLong')
    })

    it('accepts an empty credit code when the field is optional', () => {
      expect(check(uscc, '')).toBe('ok')
    })
  })

  describe('phone', () => {
    const phone: FieldSpec = { key: 'phone', kind: 'phone' }

    it.each([
      '0571-88886666',
      '+86 138 0000 0000',
      '(0571)88886666',
      '0571-88886666 转 801',
      '13800000000/13900000000',
      '',
    ])('accepts %j when it is made of digits and phone punctuation', (value) => {
      expect(check(phone, value)).toBe('ok')
    })

    it.each(['abc', '138-0000-000x', '电话13800000000'])(
      'refuses %j with validation.phone when it has letters',
      (value) => {
        expect(check(phone, value)).toBe('validation.phone')
      },
    )

    it('refuses a phone with validation.tooLong when it has more than 40 characters', () => {
      expect(check(phone, '1'.repeat(41))).toBe('validation.tooLong')
    })
  })

  describe('email', () => {
    const email: FieldSpec = { key: 'email', kind: 'email' }

    it.each(['li@example.cn', 'li.na+bid@mail.example.com', ''])('accepts %j', (value) => {
      expect(check(email, value)).toBe('ok')
    })

    it.each(['li', 'li@example', 'li na@example.cn', '@example.cn'])(
      'refuses %j with validation.email when it is not an address',
      (value) => {
        expect(check(email, value)).toBe('validation.email')
      },
    )
  })

  describe('date', () => {
    const date: FieldSpec = { key: 'signedOn', kind: 'date' }

    it.each(['2026-02-28', '2028-02-29', '2026-12-31', ''])('accepts %j', (value) => {
      expect(check(date, value)).toBe('ok')
    })

    it.each([
      '2026-02-30',
      '2026-02-29',
      '2026-13-01',
      '2026-04-31',
      '2026-2-3',
      '2026/02/03',
      '20260203',
      '2026-02-03T00:00',
    ])('refuses %j when it is not a real ISO day', (value) => {
      expect(check(date, value)).not.toBe('ok')
    })

    it('refuses 2026-02-30 with validation.date', () => {
      expect(check(date, '2026-02-30')).toBe('validation.date')
      expect(isIsoDate('2026-02-30')).toBe(false)
    })
  })

  describe('select', () => {
    const grade: FieldSpec = { key: 'grade', kind: 'select', optionSet: 'grade' }
    const kind: FieldSpec = { key: 'kind', kind: 'select', optionSet: 'distributorKind', required: true }

    it('accepts a value of its option set and an empty one when optional', () => {
      expect(check(grade, 'A')).toBe('ok')
      expect(check(grade, '')).toBe('ok')
    })

    it.each(['E', 'a', 'A级'])(
      'refuses %j with validation.option when it is not an option value',
      (value) => {
        expect(check(grade, value)).toBe('validation.option')
      },
    )

    it('refuses an empty value with validation.required when the select is required', () => {
      expect(check(kind, '')).toBe('validation.required')
    })
  })

  describe('money', () => {
    const money: FieldSpec = { key: 'listPriceFen', kind: 'money' }

    it.each([0, 1, 12_345_600, MAX_FEN])('accepts %s fen', (value) => {
      expect(check(money, value)).toBe('ok')
    })

    it.each([
      ['a negative amount', -1],
      ['a fraction of a fen', 1.5],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['more than MAX_FEN', MAX_FEN + 1],
      ['a string', '100'],
    ])('refuses %s with validation.money', (_, value) => {
      expect(check(money, value)).toBe('validation.money')
    })
  })

  describe('rate', () => {
    const rate: FieldSpec = { key: 'taxRateBp', kind: 'rate' }

    it.each([0, 600, 1300, 10_000])('accepts %s basis points', (value) => {
      expect(check(rate, value)).toBe('ok')
    })

    it.each([10_001, -1, 6.5, Number.NaN])('refuses %s with validation.rate', (value) => {
      expect(check(rate, value)).toBe('validation.rate')
    })
  })

  describe('int', () => {
    const count: FieldSpec = { key: 'count', kind: 'int' }

    it('accepts zero and a positive whole number', () => {
      expect(check(count, 0)).toBe('ok')
      expect(check(count, 7)).toBe('ok')
    })

    it.each([-1, 2.5, Number.NaN])('refuses %s with validation.int', (value) => {
      expect(check(count, value)).toBe('validation.int')
    })
  })

  describe('bool and ref', () => {
    it('accepts only a boolean when the field is bool', () => {
      const flag: FieldSpec = { key: 'isTarget', kind: 'bool' }
      expect(check(flag, true)).toBe('ok')
      expect(check(flag, 'true')).not.toBe('ok')
    })

    it('accepts an id or nothing and refuses more than 40 characters when the field is a ref', () => {
      const ref: FieldSpec = { key: 'manufacturerId', kind: 'ref', refTable: 'suppliers' }
      expect(check(ref, '')).toBe('ok')
      expect(check(ref, '01JABCDEFGHJKMNPQRSTVWXYZ0')).toBe('ok')
      expect(check(ref, 'x'.repeat(41))).toBe('validation.tooLong')
    })
  })
})

describe('recordSchema', () => {
  const distributor = () => ({ ...filled(distributorFields), name: '杭州经销商' })

  it('refuses an agreement ending before it starts at agreementEnd with validation.notBefore.agreementStart', () => {
    const schema = recordSchema(distributorFields, archiveSpecs.distributors.dateOrder)
    const r = schema.safeParse({ ...distributor(), agreementStart: '2026-06-01', agreementEnd: '2026-05-31' })
    expect(r.success).toBe(false)
    expect(r.error?.issues).toHaveLength(1)
    expect(r.error?.issues[0]).toMatchObject({
      path: ['agreementEnd'],
      message: 'validation.notBefore.agreementStart',
    })
  })

  it('accepts an agreement ending on the day it starts or later', () => {
    const schema = recordSchema(distributorFields, archiveSpecs.distributors.dateOrder)
    expect(
      schema.safeParse({ ...distributor(), agreementStart: '2026-06-01', agreementEnd: '2026-06-01' })
        .success,
    ).toBe(true)
    expect(
      schema.safeParse({ ...distributor(), agreementStart: '2026-06-01', agreementEnd: '2027-05-31' })
        .success,
    ).toBe(true)
  })

  it('skips the date order when either date is empty', () => {
    const schema = recordSchema(distributorFields, archiveSpecs.distributors.dateOrder)
    expect(
      schema.safeParse({ ...distributor(), agreementStart: '', agreementEnd: '2020-01-01' }).success,
    ).toBe(true)
    expect(
      schema.safeParse({ ...distributor(), agreementStart: '2026-06-01', agreementEnd: '' }).success,
    ).toBe(true)
  })

  it('checks every pair when a record has several date orders (loan returned before it was lent)', () => {
    const loans = childSpecs.loans
    const schema = recordSchema(loans.fields, loans.dateOrder)
    const base = { ...filled(loans.fields), lentOn: '2026-11-01', dueOn: '2026-11-15' }
    expect(schema.safeParse(base).success).toBe(true)
    const r = schema.safeParse({ ...base, returnedOn: '2026-10-31' })
    expect(r.error?.issues[0]).toMatchObject({ path: ['returnedOn'], message: 'validation.notBefore.lentOn' })
  })

  it('drops keys that are not fields when the input carries derived or foreign values', () => {
    const out = recordSchema(customerFields).parse({
      ...filled(customerFields),
      search: 'x',
      deletedAt: null,
    })
    expect(out).not.toHaveProperty('search')
    expect(out).not.toHaveProperty('deletedAt')
  })

  it('refuses a record missing a field when the input is partial', () => {
    const { grade: _grade, ...partial } = filled(customerFields)
    expect(recordSchema(customerFields).safeParse(partial).success).toBe(false)
  })

  it.each(archiveTables)('accepts a new %s form once its required fields are filled', (table) => {
    const spec = archiveSpecs[table]
    const r = recordSchema(spec.fields, spec.dateOrder).safeParse(filled(spec.fields))
    expect(r.error?.issues ?? []).toEqual([])
  })

  it.each(childTables)('accepts a new %s row once its required fields are filled', (table) => {
    const spec = childSpecs[table]
    const r = recordSchema(spec.fields, spec.dateOrder).safeParse(filled(spec.fields))
    expect(r.error?.issues ?? []).toEqual([])
  })
})
