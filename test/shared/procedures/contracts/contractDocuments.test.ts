/**
 * What the contract procedure's documents say, as models: the version a
 * contract's printout names, the 草稿 mark before its text is approved, one
 * warranty article, and punctuation that stays single and full-width where
 * typed text meets the templates.
 */
import { describe, expect, it } from 'vitest'
import type { DocumentModel } from '../../../../shared/documents/documentModel'
import {
  changeAgreementDocument,
  contractDocument,
  quotationDocument,
} from '../../../../shared/procedures/contracts/documents'
import type { ContractStep } from '../../../../shared/procedures/contracts/records'
import {
  sampleChangeAgreement,
  sampleContractInput,
  sampleQuotation,
} from '../../../electron/main/services/documents/sampleDocuments'

/** Every word a model prints, blocks in order. */
function textOf(model: DocumentModel): string {
  return model.blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
        case 'paragraph':
          return b.text
        case 'clause':
          return `${b.number} ${b.text}`
        case 'table':
          return b.rows.map((r) => r.join(' ')).join('\n')
        case 'signatures':
          return b.parties.map((p) => [p.role, p.name, ...(p.lines ?? [])].join(' ')).join('\n')
        default:
          return ''
      }
    })
    .join('\n')
}

const articles = (model: DocumentModel) => model.blocks.flatMap((b) => (b.kind === 'clause' ? [b] : []))

function contract(overrides: Partial<ReturnType<typeof sampleContractInput>['contract']> = {}) {
  const input = sampleContractInput(3, 8)
  return { ...input, contract: { ...input.contract, ...overrides } }
}

describe('contract document: version', () => {
  it('names version 2 and the change agreement it rests on, in the opening lines and the model', () => {
    const model = contractDocument({
      ...contract({ version: 2, step: 'performing', signedOn: '2026-12-01' }),
      changedBy: { number: 'HT-202612-0001-BG1', signedOn: '2026-12-05' },
    })
    const opening = model.blocks[0]
    expect(opening.kind === 'paragraph' && opening.text).toContain(
      '合同版本：第2版，依据变更协议HT-202612-0001-BG1（2026年12月5日签订）',
    )
    expect(model.version).toBe(2)
  })

  it('says nothing of versions for the original', () => {
    const model = contractDocument(contract({ version: 1, step: 'signed', signedOn: '2026-12-01' }))
    expect(textOf(model)).not.toContain('合同版本')
    expect(model.version).toBeUndefined()
  })
})

describe('contract document: draft mark', () => {
  it.each<ContractStep>(['draft', 'legalReview', 'approval', 'voided'])(
    'is a 草稿 while its text is not approved (%s)',
    (step) => {
      expect(contractDocument(contract({ step })).draft).toBe(true)
    },
  )

  it.each<ContractStep>(['toSign', 'signed', 'filed', 'performing', 'settled'])(
    'prints clean from 待签订 on: that copy is signed (%s)',
    (step) => {
      const signedOn = step === 'toSign' ? '' : '2026-12-01'
      expect(contractDocument(contract({ step, signedOn })).draft).toBeUndefined()
    },
  )

  it('marks a quotation not yet issued and a change agreement before approval', () => {
    const q = sampleQuotation(2)
    expect(quotationDocument({ ...q, quotation: { ...q.quotation, status: 'draft' } }).draft).toBe(true)
    expect(quotationDocument(q).draft).toBeUndefined()
    const c = sampleChangeAgreement()
    expect(changeAgreementDocument({ ...c, change: { ...c.change, step: 'approval' } }).draft).toBe(true)
    expect(changeAgreementDocument(c).draft).toBeUndefined()
  })
})

describe('contract document: the warranty article', () => {
  it('prints the 质保 field and a library clause titled 质量保证 as one article, not two', () => {
    const model = contractDocument(
      contract({
        warranty: '质保期为验收合格之日起24个月。',
        clauses: [
          { title: '质量标准', text: '符合国家标准。' },
          { title: '质量保证', text: '质保期内因产品质量问题造成的故障，乙方负责免费维修或更换' },
          { title: '争议解决', text: '协商不成的，向乙方所在地人民法院起诉。' },
        ],
      }),
    )
    const titled = articles(model).filter((a) => a.text.startsWith('质量保证'))
    expect(titled).toHaveLength(1)
    expect(titled[0].number).toBe('第四条')
    expect(titled[0].text).toBe(
      '质量保证：\n（一）质保期为验收合格之日起24个月。\n（二）质保期内因产品质量问题造成的故障，乙方负责免费维修或更换。',
    )
    // The articles after it are numbered on without a gap.
    expect(articles(model).map((a) => a.number)).toEqual([
      '第一条',
      '第二条',
      '第三条',
      '第四条',
      '第五条',
      '第六条',
    ])
    expect(articles(model)[5].text).toBe('争议解决：协商不成的，向乙方所在地人民法院起诉。')
  })

  it('keeps the field alone when no clause is about the warranty', () => {
    const model = contractDocument(contract({ warranty: '质保一年', clauses: [] }))
    expect(articles(model)[3].text).toBe('质量保证：质保一年。')
  })
})

describe('punctuation where typed text meets the templates', () => {
  it('prints one 。 and then the template’s ， when a change reason ends with 。', () => {
    const c = sampleChangeAgreement()
    const model = changeAgreementDocument({
      ...c,
      change: { ...c.change, reason: '客户追加1套。', scheduleEffect: '交货期顺延10天。。' },
    })
    const text = textOf(model)
    expect(text).toContain('。因客户追加1套，双方经友好协商，')
    expect(text).toContain('交货期及工期：交货期顺延10天。')
    expect(text).not.toMatch(/[。；，][。；，]/u)
  })

  it('makes half-width colons, semicolons and commas in a contract’s sentences full-width, and single', () => {
    const model = contractDocument(
      contract({
        deliveryTerms: '送货至甲方指定地点,运费由乙方承担;',
        warranty: '质保期:24个月;免费更换.',
        clauses: [{ title: '违约责任:', text: '逾期交货的,每日按0.5‰支付违约金;' }],
      }),
    )
    const text = textOf(model)
    expect(text).toContain('交货：送货至甲方指定地点，运费由乙方承担。')
    expect(text).toContain('质量保证：质保期：24个月；免费更换。')
    expect(text).toContain('违约责任：逾期交货的，每日按0.5‰支付违约金。')
    expect(text).not.toMatch(/\p{Script=Han}[,;:]|[,;:]\p{Script=Han}/u)
    expect(text).not.toMatch(/[。；，：][。；，]/u)
  })

  it('puts no 。 of a typed payment rule inside a milestone sentence', () => {
    const input = sampleContractInput(2, 0)
    const model = contractDocument({
      ...input,
      milestones: [
        { kind: 'advance', percentBp: 3000, dueRule: '合同签订后7日内。' },
        { kind: 'acceptance', percentBp: 7000, dueRule: '验收合格后30日内;' },
      ],
    })
    const text = textOf(model)
    expect(text).toContain('合同签订后7日内支付；')
    expect(text).toContain('验收合格后30日内支付。')
  })
})
