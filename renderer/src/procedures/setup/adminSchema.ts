/** The first administrator as the wizard asks for it. */
import { z } from 'zod'
import { accountSchema, passwordSchema } from '@shared/auth/userSchema'

export const adminSchema = z
  .object({
    account: accountSchema,
    name: z.string().trim().min(1, 'validation.required').max(32, 'validation.tooLong'),
    password: passwordSchema,
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, {
    message: 'validation.passwordMismatch',
    path: ['passwordConfirm'],
  })

export type AdminInput = z.infer<typeof adminSchema>
