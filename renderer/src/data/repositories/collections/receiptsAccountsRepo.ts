/**
 * 公司收款账户 (系统设置): the company's own bank accounts, the only ones a
 * receipt may name (制度：不能私自收取经销商货款，必须款项汇回公司账户).
 * Finance or an administrator keeps them (`collections.accounts`), not
 * whoever may edit the other settings. An account a receipt still waiting
 * for finance names is not taken away: finance could no longer confirm it.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { canonicalJson } from '@shared/kernel/canonicalJson'
import type { CompanyAccount } from '@shared/procedures/collections/records'
import { companyAccountsSchema } from '@shared/procedures/collections/schema'
import { liveRows } from '@shared/types/records'
import type { DeskDb } from '../../db'
import { runWrite, type WriteContext } from '../../unitOfWork'
import { readCompanyAccounts } from './collectionsReads'

const KEY = 'collections.accounts'

/** The accounts as the schema keeps them (texts trimmed), or the first problem at `<row>.<field>`. */
function parseAccounts(accounts: unknown): CompanyAccount[] {
  const parsed = companyAccountsSchema.safeParse(accounts)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const field = issue.path.map(String).join('.')
  const key = field.endsWith('accountNo') ? 'receiptsScreen.accounts.accountNoInvalid' : 'validation.required'
  throw new AppFailure('validation', key, { field })
}

/** Saves the whole list in one action; an unchanged list writes nothing. */
export async function saveCompanyAccounts(
  db: DeskDb,
  accounts: unknown,
  ctx: WriteContext,
): Promise<CompanyAccount[]> {
  assertCan(ctx.actor, 'collections.accounts')
  const next = parseAccounts(accounts)
  return runWrite(db, ctx, async (w) => {
    const current = await readCompanyAccounts(db)
    if (canonicalJson(current) === canonicalJson(next)) return next
    const kept = new Set(next.map((a) => a.id))
    const gone = current.filter((a) => !kept.has(a.id))
    if (gone.length > 0) {
      const waiting = liveRows(await db.receipts.where('step').anyOf(['pending', 'returned']).toArray())
      const using = waiting.find((r) => gone.some((a) => a.id === r.accountId))
      if (using) {
        const account = gone.find((a) => a.id === using.accountId)
        throw new AppFailure('validation', 'receiptsScreen.accounts.inUse', {
          field: 'accounts',
          account: `${account?.bank ?? ''} ${account?.accountNo ?? ''}`.trim(),
          number: using.number,
        })
      }
    }
    const row = await w.get('settings', KEY)
    if (!row) await w.create('settings', { value: next }, { id: KEY })
    else await w.update('settings', KEY, { value: next })
    return next
  })
}
