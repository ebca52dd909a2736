/** Accounts as administrators create and edit them. */
import { z } from 'zod'
import { roles } from './roles'

export const accountSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{2,32}$/, 'validation.account')

/** At least 8 characters with letters and digits: the office's PCs are shared. */
export const passwordSchema = z
  .string()
  .min(8, 'validation.passwordShort')
  .max(128, 'validation.tooLong')
  .refine((v) => /[A-Za-z]/.test(v) && /[0-9]/.test(v), 'validation.passwordWeak')

export const userProfileSchema = z.object({
  account: accountSchema,
  name: z.string().trim().min(1, 'validation.required').max(32, 'validation.tooLong'),
  roles: z.array(z.enum(roles)).min(1, 'validation.rolesRequired'),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{0,30}$/, 'validation.phone'),
  active: z.boolean(),
})

export type UserProfileInput = z.infer<typeof userProfileSchema>
