/** The company profile printed on every document. */
import { assertCan } from '@shared/auth/permissions'
import { type CompanyInput, companySchema } from '@shared/company/companySchema'
import { parseOrFail } from '@shared/validation/parseOrFail'
import { COMPANY_ID, type CompanyProfile } from '@shared/types/records'
import type { DeskDb } from '../db'
import { runWrite, type WriteContext } from '../unitOfWork'

export function readCompany(db: DeskDb): Promise<CompanyProfile | undefined> {
  return db.company.get(COMPANY_ID)
}

export async function updateCompany(
  db: DeskDb,
  input: CompanyInput,
  ctx: WriteContext,
): Promise<CompanyProfile> {
  return runWrite(db, ctx, async (w) => {
    assertCan(w.actor, 'company.edit')
    return w.update('company', COMPANY_ID, parseOrFail(companySchema, input))
  })
}
