/** Realistic first-start data for end-to-end tests. */
import { usccCheckChar } from '../../../shared/kernel/uscc'

const first17 = '91330106MA2H4K7L3'
export const company = {
  name: '杭州恒信机电设备有限公司',
  uscc: `${first17}${usccCheckChar(first17)}`,
  /** Same code with a wrong check character. */
  badUscc: `${first17}${usccCheckChar(first17) === '0' ? '1' : '0'}`,
  address: '浙江省杭州市西湖区文三路 398 号',
  phone: '0571-88776655',
  bankName: '中国工商银行杭州文三路支行',
  bankAccount: '1202 0212 0900 1234 567',
}

export const adminUser = { account: 'admin', name: '王建国', password: 'Hengxin2026' }
export const clerkUser = { account: 'lixiao', name: '李晓', password: 'Clerk2026a' }

/** A valid 统一社会信用代码 per number (distinct codes for distinct parties). */
export function sampleUscc(n: number): string {
  const first17 = `91110108MA0${String(n).padStart(2, '0')}K7L3`.slice(0, 17)
  return `${first17}${usccCheckChar(first17)}`
}
