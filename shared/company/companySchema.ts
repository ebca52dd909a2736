/** The company profile as the wizard and settings edit it. */
import { z } from 'zod'
import { usccRule } from '../validation/usccRule'

export const companySchema = z.object({
  name: z.string().trim().min(2, 'validation.companyName').max(100, 'validation.tooLong'),
  uscc: z.string().trim().min(1, 'validation.required').superRefine(usccRule),
  address: z.string().trim().max(200, 'validation.tooLong'),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{0,30}$/, 'validation.phone'),
  bankName: z.string().trim().max(100, 'validation.tooLong'),
  bankAccount: z
    .string()
    .trim()
    .regex(/^[0-9 ]{0,40}$/, 'validation.bankAccount'),
  taxNumber: z
    .string()
    .trim()
    .regex(/^$|^[0-9A-Z]{15,20}$/, 'validation.taxNumber'),
  sealText: z.string().trim().max(60, 'validation.tooLong'),
})

export type CompanyInput = z.infer<typeof companySchema>

/** A blank profile, in the order the fields are shown and printed. */
export const emptyCompany: CompanyInput = {
  name: '',
  uscc: '',
  address: '',
  phone: '',
  bankName: '',
  bankAccount: '',
  taxNumber: '',
  sealText: '',
}
