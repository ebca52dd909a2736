/**
 * The two parties of a sale as a document prints them. Which of buyer and
 * seller is 甲方 is a department setting (contracts.partyNames), so every
 * contract and change agreement of one company names them the same way.
 */
import type { SettingValue } from '../../../settings/settingKeys'
import type { SignatureParty } from '../../../documents/documentModel'

export type PartyNames = SettingValue<'contracts.partyNames'>

/** What is printed of a company or customer: the fields CompanyProfile and CustomerRecord share. */
export interface DocumentParty {
  name: string
  uscc: string
  address: string
  phone: string
  bankName: string
  bankAccount: string
}

export interface PartyRoles {
  buyer: string
  seller: string
  /** The party printed first (甲方, or 供方 in a 供需 contract). */
  first: 'buyer' | 'seller'
}

export function partyRoles(names: PartyNames): PartyRoles {
  switch (names) {
    case 'buyerJia':
      return { buyer: '甲方', seller: '乙方', first: 'buyer' }
    case 'sellerJia':
      return { buyer: '乙方', seller: '甲方', first: 'seller' }
    case 'gongXu':
      return { buyer: '需方', seller: '供方', first: 'seller' }
  }
}

/** Buyer and seller in the order the document names them, each with its role. */
export function orderedParties(
  names: PartyNames,
  buyer: DocumentParty,
  seller: DocumentParty,
): { role: string; party: DocumentParty }[] {
  const roles = partyRoles(names)
  const both = [
    { role: roles.buyer, party: buyer },
    { role: roles.seller, party: seller },
  ]
  return roles.first === 'buyer' ? both : both.reverse()
}

/**
 * The parties block at the head of a contract, four lines a party: name;
 * credit code and phone; address; bank and account. Empty details are left out.
 */
export function partyParagraph(role: string, party: DocumentParty): string {
  const pair = (...items: [string, string][]) =>
    items
      .filter(([, value]) => value.trim())
      .map(([label, value]) => `${label}：${value.trim()}`)
      .join('　　')
  return [
    `${role}：${party.name}`,
    pair(['统一社会信用代码', party.uscc], ['电话', party.phone]),
    pair(['地址', party.address]),
    pair(['开户银行', party.bankName], ['账号', party.bankAccount]),
  ]
    .filter(Boolean)
    .join('\n')
}

/** A party's signature box on a contract: the representative, the date and where it was signed. */
export function contractSignature(role: string, party: DocumentParty, signPlace: string): SignatureParty {
  return {
    role,
    name: party.name,
    lines: [
      '法定代表人或授权代表（签字）：',
      `签订地点：${signPlace.trim() || '　'.repeat(8)}`,
      '日期：　　　　年　　月　　日',
    ],
  }
}
