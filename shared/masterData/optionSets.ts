/** Fixed choices of select fields; labels are i18n keys `options.<set>.<value>`. */
export const optionSets = {
  grade: ['A', 'B', 'C', 'D'],
  customerSource: ['referral', 'exhibition', 'tender', 'website', 'visit', 'other'],
  customerScale: ['large', 'medium', 'small'],
  customerStage: ['initial', 'contacting', 'quoting', 'negotiating', 'won', 'lost'],
  distributorKind: ['distributor', 'agent'],
  distributorLevel: ['level1', 'level2', 'regional'],
  instituteKind: ['designInstitute', 'consultancy'],
  projectStage: ['designed', 'designing', 'planned'],
  exchangeStatus: ['planned', 'held', 'postponed', 'cancelled'],
  supplierKind: ['manufacturer', 'supplier'],
  qualificationKind: [
    'businessLicense',
    'qualificationCert',
    'systemCert',
    'productCert',
    'authorization',
    'other',
  ],
} as const

export type OptionSet = keyof typeof optionSets
