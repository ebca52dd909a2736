import { schemaResolver } from '@mantine/form'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { companySchema, emptyCompany } from '@shared/company/companySchema'
import { usccCheckChar, type UsccProblem } from '@shared/kernel/uscc'
import { archiveSpecs } from '@shared/masterData/archiveSpecs'
import { emptyValues } from '@shared/masterData/fieldSpec'
import { cachedRecordSchema } from '@shared/masterData/recordSchema'
import { en } from '../../../renderer/src/i18n/en'
import { zhCN } from '../../../renderer/src/i18n/zh-CN'

const i18n = i18next.createInstance()
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
})

const withCheck = (first17: string) => first17 + usccCheckChar(first17)

/** One code per reason, each wrong in that one way only. */
const wrong: Record<UsccProblem, string> = {
  length: '91350100M000100Y4',
  charset: '91350100M000100YI3',
  authority: withCheck('B1350100M000100Y4'),
  category: withCheck('94350100M000100Y4'),
  division: withCheck('91000000M000100Y4'),
  checkChar: '91350100M000100Y44',
}

/** The sentence the company form shows at its uscc field, as translatedInput shows it. */
function companyFieldMessage(uscc: string, lng = 'zh-CN'): string | undefined {
  const errors = schemaResolver(companySchema, { sync: true })({ ...emptyCompany, name: '杭州恒信', uscc })
  const key = errors.uscc
  return typeof key === 'string' ? i18n.t(key, { lng }) : undefined
}

/** The same for the customer archive form. */
function customerFieldMessage(uscc: string): string | undefined {
  const spec = archiveSpecs.customers
  const values = { ...emptyValues(spec.fields), name: '北京智诚科技有限公司', uscc }
  const errors = schemaResolver(cachedRecordSchema(spec.fields, spec.dateOrder), { sync: true })(values)
  const key = errors.uscc
  return typeof key === 'string' ? i18n.t(key) : undefined
}

describe('usccRule', () => {
  it.each([
    ['length', '应为 18 位'],
    ['charset', '不使用 I、O、Z、S、V'],
    ['authority', '第 1 位（登记管理部门代码）'],
    ['category', '第 2 位（机构类别代码）'],
    ['division', '第 3–8 位（登记管理机关行政区划码）'],
    ['checkChar', '第 18 位校验码'],
  ] as const)(
    'shows the %s message at the company form field when the code breaks that rule',
    (reason, says) => {
      expect(companyFieldMessage(wrong[reason])).toContain(says)
    },
  )

  it.each(Object.keys(wrong) as UsccProblem[])(
    'shows the same %s message at the customer archive field',
    (reason) => {
      expect(customerFieldMessage(wrong[reason])).toBe(i18n.t(`validation.uscc.${reason}`))
    },
  )

  it('gives every reason its own sentence in Chinese and in English', () => {
    for (const lng of ['zh-CN', 'en']) {
      const messages = Object.values(wrong).map((code) => companyFieldMessage(code, lng))
      expect(new Set(messages).size).toBe(6)
      for (const m of messages) expect(m).not.toMatch(/^validation\./)
    }
  })

  it('shows no message when the code is valid, and required when the company code is empty', () => {
    expect(companyFieldMessage('91350100M000100Y43')).toBeUndefined()
    expect(customerFieldMessage('91350100M000100Y43')).toBeUndefined()
    expect(companyFieldMessage('')).toBe('此项必填')
    expect(customerFieldMessage('')).toBeUndefined()
  })
})
