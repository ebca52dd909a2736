/**
 * The 统一社会信用代码 rule for zod schemas: a refused code gets the message
 * key of its reason (`validation.uscc.<reason>`), so the field says what is
 * wrong (位数、字符、登记管理部门、机构类别、行政区划码 or 校验码).
 */
import type { z } from 'zod'
import { checkUscc } from '../kernel/uscc'

/** For `.superRefine(usccRule)`; an empty value is left to the field's required rule. */
export function usccRule(value: string, ctx: z.RefinementCtx<string>): void {
  if (value === '') return
  const result = checkUscc(value)
  if (!result.ok) ctx.addIssue({ code: 'custom', message: `validation.uscc.${result.reason}` })
}
